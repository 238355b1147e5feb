package io.rayonne.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.rayonne.base.StoreStatus;

/** Short messages at the bottom of the screen: success fades, an error stays until closed. */
public final class Notifications {

    private Notifications() {}

    /** A success also closes the errors still on screen: they are answered. */
    public static void success(String message) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getChildren()
                    .filter(Notification.class::isInstance)
                    .map(Notification.class::cast)
                    .filter(n ->
                            n.getElement().getThemeList().contains(NotificationVariant.LUMO_ERROR.getVariantName()))
                    .toList()
                    .forEach(Notification::close);
        }
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * The store refused a write or did not answer: the screen's own sentence for it, unless the
     * disk is full, which is said as such (whatever the screen, nothing was saved and what was
     * typed is still there).
     */
    public static void storeError(Throwable cause, String screenSentence) {
        UI ui = UI.getCurrent();
        error(StoreStatus.isFullDisk(cause) && ui != null ? ui.getTranslation("error.storage.full") : screenSentence);
    }

    /** At the top, away from the form's buttons; stays ten seconds, or until clicked. */
    public static void error(String message) {
        Notification n = new Notification(message, 0, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
        n.addAttachListener(e -> n.getElement().addEventListener("click", click -> n.close()));
        n.open();
        n.setDuration(10_000);
    }
}
