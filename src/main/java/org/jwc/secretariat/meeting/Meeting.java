package org.jwc.secretariat.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.MessageKey;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/** One numbered annual meeting of a committee; numbers count within it. */
@Entity
public class Meeting extends VersionedEntity {

    private long committeeId;

    @Column(name = "meeting_number")
    private int number;

    @Embedded
    private @Nullable LocalizedText title = LocalizedText.EMPTY;

    private Instant startsAt = Instant.EPOCH;
    private Instant endsAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "meeting_format")
    private MeetingFormat format = MeetingFormat.IN_PERSON;

    @Embedded
    private @Nullable LocalizedText venue = LocalizedText.EMPTY;

    @Embedded
    private @Nullable LocalizedText bridges = LocalizedText.EMPTY;

    private long hostPartyId;
    private long coChairPartyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Phase phase = Phase.PREPARATION;

    private @Nullable Instant proposalDeadline;
    private @Nullable Instant responseDeadline;
    private @Nullable Instant approvalDeadline;

    protected Meeting() {
    }

    Meeting(long committeeId, MeetingDetails details) {
        this.committeeId = committeeId;
        update(details);
    }

    public long committeeId() {
        return committeeId;
    }

    void update(MeetingDetails d) {
        number = d.number();
        title = d.title();
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        format = d.format();
        venue = d.format().hasVenue() ? d.venue() : LocalizedText.EMPTY;
        bridges = d.format().hasBridges() ? d.bridges() : LocalizedText.EMPTY;
        hostPartyId = d.hostPartyId();
        coChairPartyId = d.coChairPartyId();
        proposalDeadline = d.proposalDeadline();
        responseDeadline = d.responseDeadline();
        approvalDeadline = d.approvalDeadline();
    }

    void moveTo(Phase target) {
        if (!phase.isNextTo(target)) {
            throw new RefusedException("meeting.error.phaseStep", new MessageKey("phase." + phase.name()),
                    new MessageKey("phase." + target.name()));
        }
        phase = target;
    }

    public MeetingDetails details() {
        return new MeetingDetails(number, title(), startsAt, endsAt, format, venue(), bridges(), hostPartyId,
                coChairPartyId, proposalDeadline, responseDeadline, approvalDeadline);
    }

    public int number() {
        return number;
    }

    public LocalizedText title() {
        return title == null ? LocalizedText.EMPTY : title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public MeetingFormat format() {
        return format;
    }

    public LocalizedText venue() {
        return venue == null ? LocalizedText.EMPTY : venue;
    }

    public LocalizedText bridges() {
        return bridges == null ? LocalizedText.EMPTY : bridges;
    }

    public long hostPartyId() {
        return hostPartyId;
    }

    public long coChairPartyId() {
        return coChairPartyId;
    }

    public Phase phase() {
        return phase;
    }

    public @Nullable Instant proposalDeadline() {
        return proposalDeadline;
    }

    public @Nullable Instant responseDeadline() {
        return responseDeadline;
    }

    public @Nullable Instant approvalDeadline() {
        return approvalDeadline;
    }
}
