package org.jwc.secretariat.notification;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * One thing one user is told. It keeps the facts, not a sentence: the sentence is written in
 * whichever language the user reads it in, in the bell or in an e-mail.
 */
@Entity
@Table(name = "user_notification")
public class UserNotification extends VersionedEntity {

    private long userId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private NotificationKind kind = NotificationKind.COMMENT_POSTED;

    private long meetingId;
    /** The committee of its meeting (ADR 0025). */
    private long committeeId;
    private String link = "";
    private @Nullable String actorName;
    private @Nullable Long actorPartyId;

    @Embedded
    private @Nullable LocalizedText subject = LocalizedText.EMPTY;

    private @Nullable Instant dueAt;
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant readAt;
    private @Nullable Instant emailedAt;

    protected UserNotification() {
    }

    UserNotification(long userId, long committeeId, NotificationKind kind, About about, Instant createdAt) {
        this.userId = userId;
        this.committeeId = committeeId;
        this.kind = kind;
        this.meetingId = about.meetingId();
        this.link = about.link();
        this.actorName = about.actorName();
        this.actorPartyId = about.actorPartyId();
        this.subject = about.subject();
        this.dueAt = about.dueAt();
        this.createdAt = createdAt;
    }

    /** What a notification is about, the same for all its recipients. */
    record About(long meetingId, String link, @Nullable String actorName, @Nullable Long actorPartyId,
            LocalizedText subject, @Nullable Instant dueAt) {
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void markEmailed(Instant at) {
        emailedAt = at;
    }

    public long userId() {
        return userId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public long committeeId() {
        return committeeId;
    }

    public long meetingId() {
        return meetingId;
    }

    /** Where the record is shown, relative to the application's address. */
    public String link() {
        return link;
    }

    public @Nullable String actorName() {
        return actorName;
    }

    public @Nullable Long actorPartyId() {
        return actorPartyId;
    }

    public LocalizedText subject() {
        return subject == null ? LocalizedText.EMPTY : subject;
    }

    public @Nullable Instant dueAt() {
        return dueAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public @Nullable Instant emailedAt() {
        return emailedAt;
    }
}
