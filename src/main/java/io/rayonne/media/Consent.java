package io.rayonne.media;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The image-rights record of a photo. When nobody can be recognised on it, nothing else is needed.
 *
 * @param peopleAppear whether someone can be recognised on the photo
 * @param consentedBy who consented (the person, or the people, shown)
 * @param uses what they consented to
 * @param until the last day the consent covers
 * @param minor whether a minor appears: then a guardian must have consented too
 * @param guardian the guardian who consented for the minor
 */
public record Consent(
        boolean peopleAppear,
        String consentedBy,
        Set<PhotoUse> uses,
        @Nullable LocalDate until,
        boolean minor,
        String guardian) {

    public static final int NAME_MAX = 200;

    public Consent {
        uses = Set.copyOf(uses);
        consentedBy = consentedBy.strip();
        guardian = guardian.strip();
    }

    /** A photo on which nobody can be recognised. */
    public static Consent nobody() {
        return new Consent(false, "", Set.of(), null, false, "");
    }

    /** What is missing for the record to be complete, as translation keys; empty when complete. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!peopleAppear) {
            return problems;
        }
        if (consentedBy.isEmpty()) {
            problems.add("media.error.consented-by-required");
        } else if (consentedBy.length() > NAME_MAX) {
            problems.add("media.error.consented-by-too-long");
        }
        if (uses.isEmpty()) {
            problems.add("media.error.uses-required");
        }
        if (until == null) {
            problems.add("media.error.until-required");
        }
        if (minor && guardian.isEmpty()) {
            problems.add("media.error.guardian-required");
        }
        return problems;
    }
}
