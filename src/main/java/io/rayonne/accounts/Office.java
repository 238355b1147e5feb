package io.rayonne.accounts;

import org.jspecify.annotations.Nullable;

/** A tourism office. Every piece of content belongs to one office; each office to one network. */
public record Office(String id, String name, String networkId, @Nullable String territory, @Nullable String city) {}
