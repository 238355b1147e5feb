package io.rayonne.observatoire;

/**
 * A figure offices type in each month, as their network lists it.
 *
 * @param code stable id of the figure in the stored months (lower case, dashes)
 * @param label how the network names it, in its own words
 */
public record KeyFigure(String code, String label, Kind kind) {

    public static final int LABEL_MAX = 80;

    /** How months add up, which also says whether decimals make sense. */
    public enum Kind {
        /** Something that happens in the month (visitors, contacts): a period is the sum of its months. */
        FLOW,
        /** A level at the month's end (followers): a period is its last month. */
        STOCK,
        /** A score or a rate, decimals allowed: a period is the average of its months. */
        SCORE;

        public String key() {
            return "figures.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public KeyFigure {
        label = label.strip();
        if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("A figure's code is lower case words and dashes: " + code);
        }
    }
}
