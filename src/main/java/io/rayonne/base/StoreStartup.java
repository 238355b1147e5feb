package io.rayonne.base;

/**
 * Work on the store before Rayonne creates or upgrades its indices: a restore into an empty store
 * must come first, or the empty indices would be in its way.
 */
public interface StoreStartup {

    void beforeIndexes();
}
