package io.rayonne.base;

/**
 * An index Rayonne owns, declared as a bean by the feature that owns it. Readers and writers use the
 * {@code alias}; the concrete index is {@code alias-vN}. Settings and mappings live in
 * {@code elasticsearch/<alias>.json}, whose {@code mappings._meta.version} says when a rebuild is due.
 */
public record IndexDefinition(String alias) {

    public IndexDefinition {
        if (!alias.matches("rayonne-[a-z-]+")) {
            throw new IllegalArgumentException("Index aliases are rayonne-<lower-case name>: " + alias);
        }
    }

    public String resource() {
        return "elasticsearch/" + alias + ".json";
    }
}
