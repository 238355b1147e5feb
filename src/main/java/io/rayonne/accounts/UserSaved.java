package io.rayonne.accounts;

/** A user was created or changed. */
public record UserSaved(User user) {}
