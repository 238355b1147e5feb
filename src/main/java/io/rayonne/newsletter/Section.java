package io.rayonne.newsletter;

import java.util.List;

/** A titled part of an issue ("Accueil", "Groupes", "Presse"…), its blocks in order. */
public record Section(String id, String title, List<Block> blocks) {

    public Section {
        title = title.strip();
        blocks = List.copyOf(blocks);
    }
}
