@NullMarked
package io.rayonne.observatoire.internal;

import org.jspecify.annotations.NullMarked;
