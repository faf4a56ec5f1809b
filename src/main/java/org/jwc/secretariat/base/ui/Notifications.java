package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action; the text is already translated. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.SUCCESS, 3000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.ERROR, 6000);
    }

    /** Something the user should not miss, e.g. attempts on their account: it stays longer. */
    public static void warning(String text) {
        show(text, NotificationVariant.WARNING, 20000);
    }

    /** One message at a time: a new one replaces the one still showing, never stacks on it. */
    private static void show(String text, NotificationVariant variant, int duration) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        var showing = ComponentUtil.getData(ui, Notification.class);
        if (showing != null) {
            showing.close();
        }
        var notification = new Notification(text, duration, Notification.Position.TOP_CENTER);
        notification.addClassName("message");
        notification.addThemeVariants(variant);
        ComponentUtil.setData(ui, Notification.class, notification);
        notification.open();
    }
}
