package org.jwc.secretariat.comment;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.VersionedEntity;

/** One comment: it opens a thread, or replies in one (threads are one level deep). */
@Entity
@Table(name = "record_comment")
public class Comment extends VersionedEntity {

    static final int MAX_TEXT = 2000;

    private String recordKind = "";
    private long recordId;
    private long meetingId;
    private @Nullable Long threadId;
    private long authorUserId;
    private String authorName = "";
    private @Nullable Long authorPartyId;
    private @Nullable Long onlyForPartyId;
    private String body = "";
    private Instant postedAt = Instant.EPOCH;
    private @Nullable String resolvedByName;
    private @Nullable Instant resolvedAt;

    protected Comment() {
    }

    Comment(CommentedRecord record, @Nullable Comment thread, Author author, String body, Instant postedAt) {
        this.recordKind = record.kind();
        this.recordId = record.recordId();
        this.meetingId = record.meetingId();
        this.threadId = thread == null ? null : thread.id();
        this.authorUserId = author.userId();
        this.authorName = author.name();
        this.authorPartyId = author.partyId();
        // A reply follows its thread; a thread opened on a draft stays inside the owner party for good.
        this.onlyForPartyId = thread != null ? thread.onlyForPartyId : record.draft() ? record.ownerPartyId() : null;
        this.body = body;
        this.postedAt = postedAt;
    }

    /** Who wrote a comment, as they were named when they wrote it. */
    record Author(long userId, String name, @Nullable Long partyId) {
    }

    void resolve(String byName, Instant at) {
        requireOpensThread();
        if (resolvedAt != null) {
            throw new RefusedException("comment.error.alreadyResolved");
        }
        resolvedByName = byName;
        resolvedAt = at;
    }

    void reopen() {
        requireOpensThread();
        if (resolvedAt == null) {
            throw new RefusedException("comment.error.notResolved");
        }
        resolvedByName = null;
        resolvedAt = null;
    }

    private void requireOpensThread() {
        if (threadId != null) {
            throw new RefusedException("comment.error.notAThread");
        }
    }

    public boolean opensThread() {
        return threadId == null;
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    public String recordKind() {
        return recordKind;
    }

    public long recordId() {
        return recordId;
    }

    public long meetingId() {
        return meetingId;
    }

    public @Nullable Long threadId() {
        return threadId;
    }

    public long authorUserId() {
        return authorUserId;
    }

    public String authorName() {
        return authorName;
    }

    public @Nullable Long authorPartyId() {
        return authorPartyId;
    }

    public @Nullable Long onlyForPartyId() {
        return onlyForPartyId;
    }

    public String body() {
        return body;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public @Nullable String resolvedByName() {
        return resolvedByName;
    }

    public @Nullable Instant resolvedAt() {
        return resolvedAt;
    }
}
