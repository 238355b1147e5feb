/**
 * Photos and their image rights: upload checked by content, files on disk by content hash,
 * previews and thumbnails, credit and consent records, and the consent rule every feature that
 * publishes a photo applies (portraits, press kits, posts, bulletins).
 */
@NullMarked
package io.rayonne.media;

import org.jspecify.annotations.NullMarked;
