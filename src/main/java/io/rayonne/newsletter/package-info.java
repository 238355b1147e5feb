/**
 * Bulletins: issues made of sections and blocks (text, key figure, image, and content pulled from
 * Rayonne: posts, portraits, press visits, coverage, press kits), rendered as responsive email
 * through the mail module, sent to segments of partners exactly once per recipient, with their
 * unsubscribe links, web versions and statistics.
 */
@NullMarked
package io.rayonne.newsletter;

import org.jspecify.annotations.NullMarked;
