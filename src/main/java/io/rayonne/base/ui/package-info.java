/** Widgets every feature's screens share, so that Rayonne looks and speaks the same everywhere. */
@NamedInterface("ui")
@NullMarked
package io.rayonne.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
