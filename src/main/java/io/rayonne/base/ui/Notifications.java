package io.rayonne.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen: success fades, an error stays until closed. */
public final class Notifications {

    private Notifications() {}

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification n = new Notification(message, 0, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
        n.addAttachListener(e -> n.getElement().addEventListener("click", click -> n.close()));
        n.open();
        n.setDuration(10_000);
    }
}
