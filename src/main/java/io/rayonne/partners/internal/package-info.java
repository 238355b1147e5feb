@NullMarked
package io.rayonne.partners.internal;

import org.jspecify.annotations.NullMarked;
