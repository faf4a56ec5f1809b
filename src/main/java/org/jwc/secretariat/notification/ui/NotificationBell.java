package org.jwc.secretariat.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.notification.NotificationService;
import org.jwc.secretariat.notification.UserNotification;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.SecretariatUser;

/** The bell: how many notifications are unread, and the latest ones; opening one marks it read. */
public class NotificationBell extends Composite<HorizontalLayout> {

    private static final int LATEST = 20;

    private final NotificationService notifications;
    private final PartyService parties;
    private final SecretariatUser user;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span unread = new Span();
    private final VerticalLayout list = new VerticalLayout();
    private final Popover popover = new Popover();

    public NotificationBell(NotificationService notifications, LiveUpdates live, PartyService parties, SecretariatUser user) {
        this.notifications = notifications;
        this.parties = parties;
        this.user = user;
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        bell.addClassName("notification-bell");
        unread.addClassName("unread-count");
        var markAll = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.addClassName("mark-all-read");
        markAll.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        list.setPadding(false);
        list.setSpacing(false);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("min(28rem, 90vw)");
        popover.add(markAll, list);
        getContent().add(bell, unread);
        getContent().setSpacing(false);
        getContent().setAlignItems(HorizontalLayout.Alignment.CENTER);
        refresh();
        live.watchWhileAttached(this, new LiveUpdates.Topic(NotificationService.CHANGE_KIND, 0, user.userId()),
                user.partyId(), this::refresh);
    }

    private void refresh() {
        var count = notifications.unreadCount();
        unread.setText(count == 0 ? "" : String.valueOf(count));
        bell.setAriaLabel(getTranslation("notification.bell", count));
        list.removeAll();
        var latest = notifications.latest(LATEST);
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("notification.none")));
        }
        var language = UiLanguage.current();
        var messages = notifications.messages(latest, language);
        var zone = parties.currentUserZone();
        for (int i = 0; i < latest.size(); i++) {
            list.add(item(latest.get(i), messages.get(i), zone, language));
        }
    }

    private Div item(UserNotification n, String message, ZoneId zone, Language language) {
        var text = new Div(message);
        var time = new Div(Times.format(n.createdAt(), zone, language.locale()));
        time.addClassName("notification-time");
        var item = new Div(text, time);
        item.addClassName("notification-item");
        if (!n.isRead()) {
            item.addClassName("unread");
        }
        item.addClickListener(e -> {
            notifications.markRead(n.id());
            popover.close();
            refresh();
            getUI().ifPresent(ui -> ui.navigate(n.link()));
        });
        return item;
    }

}
