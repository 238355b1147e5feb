/**
 * The partners of the offices: hotels, restaurants, museums, producers, leisure businesses, with
 * the people to write to and their consent to receive bulletins; segments of them, imports and
 * exports. Written by the communication team of the partner's office and administrators.
 */
@NullMarked
package io.rayonne.partners;

import org.jspecify.annotations.NullMarked;
