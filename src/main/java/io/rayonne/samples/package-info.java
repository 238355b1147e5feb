/** Loads {@code content-samples/} into an empty store, through the features' APIs. */
@NullMarked
package io.rayonne.samples;

import org.jspecify.annotations.NullMarked;
