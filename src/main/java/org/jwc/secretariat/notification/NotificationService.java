package org.jwc.secretariat.notification;

import java.time.Clock;
import java.util.List;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own notifications: nobody reads or marks another user's. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class NotificationService {

    /** The kind of the live-update events for a user's bell; their record id is the user's id. */
    public static final String CHANGE_KIND = "notification";

    private final UserNotifications notifications;
    private final NotificationText text;
    private final PartyService parties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CommitteeService committees;

    NotificationService(UserNotifications notifications, NotificationText text, PartyService parties,
            CurrentUser currentUser, Clock clock, CommitteeService committees) {
        this.committees = committees;
        this.notifications = notifications;
        this.text = text;
        this.parties = parties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The user's latest notifications in the committee being worked in, newest first. */
    public List<UserNotification> latest(int limit) {
        return committees.currentId().map(c -> notifications.findByUserIdAndCommitteeIdOrderByCreatedAtDescIdDesc(
                currentUser.require().userId(), c, PageRequest.of(0, Math.max(1, limit)))).orElse(List.of());
    }

    /** The bell's count: the committee being worked in only (ADR 0025). */
    public long unreadCount() {
        return committees.currentId().map(c -> notifications.countByUserIdAndCommitteeIdAndReadAtIsNull(currentUser.require().userId(), c))
                .orElse(0L);
    }

    /** The sentence of one of the user's notifications, in the given language and their zone. */
    public String message(UserNotification notification, Language language) {
        return messages(List.of(notification), language).getFirst();
    }

    /** The sentences of the user's notifications, in the given language and their zone. */
    public List<String> messages(List<UserNotification> list, Language language) {
        list.forEach(this::requireOwn);
        var zone = parties.currentUserZone();
        var byId = parties.byId();
        return list.stream().map(n -> text.message(n, language, zone, byId)).toList();
    }

    @Transactional
    public void markRead(long id) {
        var notification = notifications.findById(id).orElseThrow(() -> new RefusedException("error.notFound"));
        requireOwn(notification);
        notification.markRead(clock.instant());
    }

    @Transactional
    public void markAllRead() {
        var now = clock.instant();
        committees.currentId().ifPresent(c -> notifications.findByUserIdAndCommitteeIdAndReadAtIsNull(currentUser.require().userId(), c)
                .forEach(n -> n.markRead(now)));
    }

    private void requireOwn(UserNotification notification) {
        if (notification.userId() != currentUser.require().userId()) {
            throw new AccessDeniedException("error.denied");
        }
        if (committees.currentId().filter(c -> c == notification.committeeId()).isEmpty()) {
            throw new RefusedException("error.notFound");
        }
    }
}
