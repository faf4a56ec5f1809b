package org.jwc.secretariat.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import org.jwc.secretariat.base.RecordChanged;
import org.jwc.secretariat.comment.CommentPosted;
import org.jwc.secretariat.communique.CommuniqueMilestone;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.minutes.StatementToConfirm;
import org.jwc.secretariat.proposal.ProposalResponded;
import org.jwc.secretariat.proposal.ProposalSubmitted;
import org.jwc.secretariat.user.Recipient;
import org.jwc.secretariat.user.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened into notifications for the users it concerns, in the same transaction as the
 * change, so that a change and its notifications are saved together or not at all.
 */
@Component
class Notifier {

    private final UserNotifications notifications;
    private final Recipients recipients;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeetingService meetings;

    Notifier(UserNotifications notifications, Recipients recipients, ApplicationEventPublisher events, Clock clock,
            MeetingService meetings) {
        this.meetings = meetings;
        this.notifications = notifications;
        this.recipients = recipients;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void proposalSubmitted(ProposalSubmitted submitted) {
        var about = new UserNotification.About(submitted.meetingId(), "proposals/" + submitted.proposalId(), null,
                submitted.ownerPartyId(), submitted.title(), null);
        notify(submitted.addressedPartyIds().stream().flatMap(p -> recipients.ofParty(p).stream()).toList(),
                NotificationKind.PROPOSAL_ADDRESSED, about);
    }

    @EventListener
    void proposalResponded(ProposalResponded responded) {
        var about = new UserNotification.About(responded.meetingId(), "proposals/" + responded.proposalId(), null,
                responded.respondingPartyId(), responded.title(), null);
        notify(recipients.ofParty(responded.ownerPartyId()), NotificationKind.RESPONSE_RECEIVED, about);
    }

    /** The owner party and whoever opened the thread, not the author; a draft's comment stays inside its party. */
    @EventListener
    void commentPosted(CommentPosted posted) {
        var concerned = new LinkedHashMap<Long, Recipient>();
        recipients.ofParty(posted.ownerPartyId()).forEach(r -> concerned.put(r.userId(), r));
        if (posted.threadAuthorUserId() != null) {
            recipients.byId(posted.threadAuthorUserId()).ifPresent(r -> concerned.put(r.userId(), r));
        }
        concerned.remove(posted.authorUserId());
        concerned.values().removeIf(r -> posted.onlyForPartyId() != null && !posted.onlyForPartyId().equals(r.partyId()));
        var about = new UserNotification.About(posted.meetingId(), posted.recordPath(), posted.authorName(),
                posted.authorPartyId(), posted.recordTitle(), null);
        notify(concerned.values(), NotificationKind.COMMENT_POSTED, about);
    }

    /** The party whose statement in the minutes must be confirmed again, not the editor. */
    @EventListener
    void statementToConfirm(StatementToConfirm statement) {
        var about = new UserNotification.About(statement.meetingId(), statement.link(), statement.editorName(),
                statement.editorPartyId(), statement.meetingTitle(), null);
        notify(recipients.ofParty(statement.partyId()).stream().filter(r -> r.userId() != statement.editorUserId()).toList(),
                statement.reopened() ? NotificationKind.MINUTES_REOPENED : NotificationKind.STATEMENT_TO_CONFIRM, about);
    }

    /** Every user of the parties concerned, but not the one who took the step. */
    @EventListener
    void communiqueMilestone(CommuniqueMilestone step) {
        var about = new UserNotification.About(step.meetingId(), step.link(), step.actorName(), step.actorPartyId(),
                step.meetingTitle(), null);
        notify(step.partyIds().stream().flatMap(p -> recipients.ofParty(p).stream())
                .filter(r -> r.userId() != step.actorUserId()).toList(),
                NotificationKind.valueOf("COMMUNIQUE_" + step.milestone().name()), about);
    }

    void notify(Collection<Recipient> to, NotificationKind kind, UserNotification.About about) {
        var now = clock.instant();
        var committee = meetings.get(about.meetingId()).committeeId();
        var saved = notifications.saveAll(to.stream().map(r -> new UserNotification(r.userId(), committee, kind, about, now)).toList());
        saved.forEach(n -> events.publishEvent(new RecordChanged(NotificationService.CHANGE_KIND, n.userId(), n.meetingId(), null)));
        events.publishEvent(new NotificationsCreated(saved.stream().map(UserNotification::id).toList()));
    }
}
