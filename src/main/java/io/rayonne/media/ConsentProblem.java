package io.rayonne.media;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Why a photo may not be published for a use: said to the person with the photo's name, so that
 * they know which one to fix.
 *
 * @param use the use that is not covered, when the reason is about one
 * @param date the day the consent ended, when it expired
 */
public record ConsentProblem(
        String photoId, String fileName, Reason reason, @Nullable PhotoUse use, @Nullable LocalDate date) {

    public enum Reason {
        /** The photographer is not named. */
        NO_CREDIT,
        /** People appear, and the consent record is incomplete. */
        NO_CONSENT,
        /** A minor appears and no guardian consented. */
        NO_GUARDIAN,
        /** The consent does not cover this use. */
        USE_NOT_COVERED,
        /** The consent ended before the day of publication. */
        EXPIRED,
        /** The photo is gone (or not visible to this person). */
        MISSING
    }

    /** Translation key of the sentence; its arguments are the file name, the use and the date. */
    public String key() {
        return "media.problem."
                + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
