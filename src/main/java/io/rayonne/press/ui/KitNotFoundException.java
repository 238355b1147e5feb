package io.rayonne.press.ui;

import com.vaadin.flow.router.NotFoundException;

/** A kit link that leads nowhere: wrong token, private kit, or no kit at all — said alike. */
class KitNotFoundException extends NotFoundException {
    KitNotFoundException() {
        super("No shared kit for this link");
    }
}
