package io.rayonne.accounts;

/** An office was created or changed. */
public record OfficeSaved(Office office) {}
