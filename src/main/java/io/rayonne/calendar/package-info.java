/**
 * The shared editorial calendar: posts of an office and of its network, planned per channel,
 * reviewed under the office's approval policy, scheduled and marked published.
 */
@NullMarked
package io.rayonne.calendar;

import org.jspecify.annotations.NullMarked;
