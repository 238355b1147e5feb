package io.rayonne.media;

import io.rayonne.base.Revision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A photo as stored: its file (by content hash), what it shows and who took it, and its image rights.
 *
 * @param id the photo's id; the same file uploaded twice is two photos, each with its own rights
 * @param hash SHA-256 of the original file, which names the files on disk
 * @param mediaType the type found in the content (never the one the name claims)
 * @param caption a short description, also the text read aloud in place of the image
 */
public record Photo(
        String id,
        String hash,
        String mediaType,
        String fileName,
        int width,
        int height,
        long bytes,
        String credit,
        String caption,
        Consent consent,
        String ownerId,
        String officeId,
        Instant uploadedAt,
        @Nullable Revision revision) {

    public static final int CREDIT_MAX = 120;
    public static final int CAPTION_MAX = 300;

    /**
     * Why this photo may not be published for these uses on this day; empty when it may. The rule
     * of image rights, in one place for every feature.
     */
    public List<ConsentProblem> problemsFor(Set<PhotoUse> uses, LocalDate on) {
        List<ConsentProblem> problems = new ArrayList<>();
        if (credit.isBlank()) {
            problems.add(problem(ConsentProblem.Reason.NO_CREDIT, null, null));
        }
        if (!consent.peopleAppear()) {
            return problems;
        }
        if (consent.consentedBy().isEmpty() || consent.uses().isEmpty() || consent.until() == null) {
            problems.add(problem(ConsentProblem.Reason.NO_CONSENT, null, null));
            return problems;
        }
        if (consent.minor() && consent.guardian().isEmpty()) {
            problems.add(problem(ConsentProblem.Reason.NO_GUARDIAN, null, null));
        }
        if (consent.until().isBefore(on)) {
            problems.add(problem(ConsentProblem.Reason.EXPIRED, null, consent.until()));
        }
        uses.stream()
                .sorted()
                .filter(use -> !consent.uses().contains(use))
                .forEach(use -> problems.add(problem(ConsentProblem.Reason.USE_NOT_COVERED, use, null)));
        return problems;
    }

    private ConsentProblem problem(ConsentProblem.Reason reason, @Nullable PhotoUse use, @Nullable LocalDate date) {
        return new ConsentProblem(id, fileName, reason, use, date);
    }

    /** What the person may change about a photo. */
    public record Description(String credit, String caption, Consent consent) {

        public Description {
            credit = credit.strip();
            caption = caption.strip();
        }

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (credit.length() > CREDIT_MAX) {
                problems.add("media.error.credit-too-long");
            }
            if (caption.length() > CAPTION_MAX) {
                problems.add("media.error.caption-too-long");
            }
            problems.addAll(consent.problems());
            return problems;
        }
    }

    public Description description() {
        return new Description(credit, caption, consent);
    }
}
