package io.rayonne.search;

/** A title suggested while typing, and where it opens. */
public record Suggestion(String type, String title, String route) {}
