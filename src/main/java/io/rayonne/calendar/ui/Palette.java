package io.rayonne.calendar.ui;

import io.rayonne.base.Channel;

/**
 * The calendar's colours: dark enough for white text (contrast 4.5:1 or more), told apart by hue,
 * the same for a channel, a theme or an office wherever it shows.
 */
final class Palette {

    static final String NEUTRAL = "hsl(210, 10%, 38%)";

    private static final String[] HUES = {
        "hsl(197, 62%, 30%)", // Rayonne's sea
        "hsl(28, 80%, 34%)",
        "hsl(150, 50%, 27%)",
        "hsl(330, 55%, 38%)",
        "hsl(262, 40%, 42%)",
        "hsl(0, 60%, 40%)",
        "hsl(180, 55%, 25%)",
        "hsl(45, 90%, 24%)",
        "hsl(220, 55%, 40%)",
        "hsl(100, 40%, 28%)",
    };

    private Palette() {}

    static String channel(Channel channel) {
        return switch (channel) {
            case FACEBOOK -> "hsl(214, 75%, 40%)";
            case INSTAGRAM -> "hsl(330, 60%, 40%)";
            case LINKEDIN -> "hsl(201, 90%, 30%)";
            case X -> "hsl(0, 0%, 18%)";
            case WEBSITE -> "hsl(197, 62%, 30%)";
            case BLOG -> "hsl(160, 55%, 26%)";
            case NEWSLETTER -> "hsl(28, 80%, 34%)";
            case PRESS_RELEASE -> "hsl(262, 40%, 42%)";
        };
    }

    /** A theme's colour, the same for the same name in every session. */
    static String theme(String theme) {
        if (theme.isBlank()) {
            return NEUTRAL;
        }
        return HUES[
                Math.floorMod(theme.strip().toLowerCase(java.util.Locale.ROOT).hashCode(), HUES.length)];
    }

    /** The n-th office of the network. */
    static String office(int n) {
        return HUES[n % HUES.length];
    }
}
