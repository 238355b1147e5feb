package io.rayonne.press;

/** What a kit's PDF says around its content, in the reader's language. */
public record KitLabels(String heading, String embargoLine, String photoCredit, String machineNote) {}
