@NullMarked
package io.rayonne.media.internal;

import org.jspecify.annotations.NullMarked;
