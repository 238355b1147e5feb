package io.rayonne.accounts;

/** A network of tourism offices: a departmental agency, a regional federation. */
public record Network(String id, String name) {}
