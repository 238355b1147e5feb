package io.rayonne.media;

/** The files kept for each photo. */
public enum PhotoSize {
    /** As uploaded. */
    ORIGINAL,
    /** At most 1 600 pixels on its longest side, JPEG: what screens show. */
    PREVIEW,
    /** At most 320 pixels on its longest side, JPEG: lists and cards. */
    THUMBNAIL
}
