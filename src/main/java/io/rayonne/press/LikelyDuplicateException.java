package io.rayonne.press;

import java.util.List;

/** A new journalist probably exists already: {@link #candidates()} says who, most likely first. */
public class LikelyDuplicateException extends RuntimeException {

    private final List<LikelyDuplicate> candidates;

    public LikelyDuplicateException(List<LikelyDuplicate> candidates) {
        super("Likely duplicates: "
                + candidates.stream().map(c -> c.journalist().id()).toList());
        this.candidates = List.copyOf(candidates);
    }

    public List<LikelyDuplicate> candidates() {
        return candidates;
    }
}
