package org.jwc.secretariat.comment;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RecordChanged;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on any record a user may see, by the delegates, secretaries and leaders of the parties.
 * Whoever opened a thread, or anyone of the record's owner party, resolves or reopens it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class CommentService {

    private static final String PARTY_MEMBERS = "hasAnyRole('DELEGATE', 'SECRETARY', 'LEADER')";
    private static final EnumSet<Phase> OPEN = EnumSet.complementOf(EnumSet.of(Phase.CONCLUDED));

    private final Comments comments;
    private final Map<String, CommentedRecords> records;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(Comments comments, List<CommentedRecords> records, MeetingService meetings, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.records = records.stream().collect(Collectors.toMap(CommentedRecords::kind, Function.identity()));
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The kind of the live-update events that comments on records of the given kind publish. */
    public static String changeKind(String recordKind) {
        return recordKind + ".comments";
    }

    /** The record's threads this user may read, oldest first, each with its replies. */
    public List<CommentThread> threads(String kind, long recordId) {
        record(kind, recordId);
        var readable = comments.readableBy(kind, recordId, currentUser.require().partyId());
        var replies = readable.stream().filter(c -> !c.opensThread())
                .collect(Collectors.groupingBy(c -> Objects.requireNonNull(c.threadId())));
        return readable.stream().filter(Comment::opensThread)
                .map(c -> new CommentThread(c, replies.getOrDefault(c.id(), List.of())))
                .toList();
    }

    /** Opens a thread on the record, or replies in one when {@code threadId} is set. */
    @Transactional
    @PreAuthorize(PARTY_MEMBERS)
    public Comment post(String kind, long recordId, @Nullable Long threadId, String text) {
        var record = record(kind, recordId);
        meetings.inPhase(record.meetingId(), OPEN);
        var body = Validation.required("text", text, Comment.MAX_TEXT);
        var thread = threadId == null ? null : thread(threadId, record);
        var user = currentUser.require();
        var comment = comments.saveAndFlush(new Comment(record, thread, new Comment.Author(user.userId(),
                user.fullName(), user.partyId()), body, clock.instant()));
        events.publishEvent(new CommentPosted(comment.id(), record.meetingId(), record.ownerPartyId(), user.userId(),
                user.fullName(), user.partyId(), thread == null ? null : thread.authorUserId(), comment.onlyForPartyId(),
                record.title(), record.path()));
        published(comment);
        return comment;
    }

    @Transactional
    @PreAuthorize(PARTY_MEMBERS)
    public Comment resolve(long threadId, long expectedVersion) {
        var thread = threadToSettle(threadId, expectedVersion);
        thread.resolve(currentUser.require().fullName(), clock.instant());
        return published(comments.saveAndFlush(thread));
    }

    @Transactional
    @PreAuthorize(PARTY_MEMBERS)
    public Comment reopen(long threadId, long expectedVersion) {
        var thread = threadToSettle(threadId, expectedVersion);
        thread.reopen();
        return published(comments.saveAndFlush(thread));
    }

    private Comment threadToSettle(long threadId, long expectedVersion) {
        var thread = comments.findById(threadId).orElseThrow(() -> new RefusedException("error.notFound"));
        var record = record(thread.recordKind(), thread.recordId());
        requireReadable(thread);
        meetings.inPhase(record.meetingId(), OPEN);
        var user = currentUser.require();
        if (thread.authorUserId() != user.userId() && !currentUser.isOwnParty(record.ownerPartyId())) {
            throw new AccessDeniedException("comment.error.settleNotAllowed");
        }
        thread.requireVersion(expectedVersion);
        return thread;
    }

    private Comment thread(long threadId, CommentedRecord record) {
        var thread = comments.findById(threadId)
                .filter(c -> c.recordKind().equals(record.kind()) && c.recordId() == record.recordId())
                .orElseThrow(() -> new RefusedException("error.notFound"));
        requireReadable(thread);
        if (!thread.opensThread()) {
            throw new RefusedException("comment.error.notAThread");
        }
        return thread;
    }

    private void requireReadable(Comment comment) {
        if (comment.onlyForPartyId() != null && !currentUser.isOwnParty(comment.onlyForPartyId())) {
            throw new AccessDeniedException("error.otherParty");
        }
    }

    private Comment published(Comment comment) {
        events.publishEvent(new RecordChanged(changeKind(comment.recordKind()), comment.recordId(), comment.meetingId(),
                comment.onlyForPartyId()));
        return comment;
    }

    private CommentedRecord record(String kind, long recordId) {
        var found = records.get(kind);
        if (found == null) {
            throw new RefusedException("error.notFound");
        }
        return found.find(recordId);
    }
}
