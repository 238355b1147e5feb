/** The bell of the main layout. */
@NamedInterface("ui")
@NullMarked
package io.rayonne.inbox.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
