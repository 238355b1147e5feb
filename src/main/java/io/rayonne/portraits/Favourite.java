package io.rayonne.portraits;

/** A favourite heritage place ("coup de cœur") and what the guide says of it. */
public record Favourite(String place, String text) {}
