/** The photo list and the photo's rights dialog, for every feature's editor. */
@NamedInterface("ui")
@NullMarked
package io.rayonne.media.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
