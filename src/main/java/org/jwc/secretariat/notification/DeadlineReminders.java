package org.jwc.secretariat.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SystemAccount;
import org.jwc.secretariat.user.Recipients;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the delegates and secretaries of every member party when a meeting's proposal deadline is
 * less than 48 hours away: once per deadline, and again if the deadline is extended.
 */
@Component
class DeadlineReminders {

    static final Duration AHEAD = Duration.ofHours(48);

    private final MeetingService meetings;
    private final PartyService parties;
    private final Recipients recipients;
    private final UserNotifications notifications;
    private final Notifier notifier;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadlineReminders(MeetingService meetings, PartyService parties, Recipients recipients,
            UserNotifications notifications, Notifier notifier, TransactionTemplate transaction, Clock clock) {
        this.meetings = meetings;
        this.parties = parties;
        this.recipients = recipients;
        this.notifications = notifications;
        this.notifier = notifier;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${jwc.notifications.deadline-cron}")
    void remind() {
        SystemAccount.run(() -> transaction.executeWithoutResult(status -> remindNow()));
    }

    /** Every committee's meetings, each reminded in its own committee, whose parties it knows. */
    private void remindNow() {
        var now = clock.instant();
        for (var meeting : meetings.proposalDeadlinesBetween(now, now.plus(AHEAD))) {
            SystemAccount.runIn(meeting.committeeId(), () -> remind(meeting));
        }
    }

    private void remind(Meeting meeting) {
        var deadline = Objects.requireNonNull(meeting.proposalDeadline());
        if (notifications.existsByKindAndMeetingIdAndDueAt(NotificationKind.DEADLINE_NEAR, meeting.id(), deadline)) {
            return;
        }
        var drafters = parties.activeOn(LocalDate.ofInstant(meeting.startsAt(), ZoneOffset.UTC)).stream()
                .flatMap(p -> recipients.ofParty(p.id()).stream())
                .filter(r -> r.roles().contains(Role.DELEGATE) || r.roles().contains(Role.SECRETARY))
                .toList();
        notifier.notify(drafters, NotificationKind.DEADLINE_NEAR, new UserNotification.About(meeting.id(),
                "meetings/" + meeting.number() + "/proposals", null, null, meeting.title(), deadline));
    }
}
