/**
 * Press relations: journalists and outlets (with duplicate detection and merging), press visits,
 * coverage and press kits. Written by the press officer and administrators; read by the team.
 */
@NullMarked
package io.rayonne.press;

import org.jspecify.annotations.NullMarked;
