@NullMarked
package io.rayonne.press.internal;

import org.jspecify.annotations.NullMarked;
