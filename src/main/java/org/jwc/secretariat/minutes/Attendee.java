package org.jwc.secretariat.minutes;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A member of a party's delegation with their title, or an observer the host lists (no party):
 * names and titles in each language, as the minutes print them in each.
 */
@Entity
@Audited
public class Attendee extends VersionedEntity {

    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 500;

    private long meetingId;
    private @Nullable Long partyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AttendeeRole role = AttendeeRole.MEMBER;

    private int position;

    @Embedded
    private @Nullable LocalizedText name = LocalizedText.EMPTY;

    @Embedded
    private @Nullable LocalizedText title = LocalizedText.EMPTY;

    protected Attendee() {
    }

    Attendee(long meetingId, @Nullable Long partyId, int position, AttendeeDetails details) {
        this.meetingId = meetingId;
        this.partyId = partyId;
        this.position = position;
        edit(details);
    }

    /** Names and titles in both official languages; observers only on the host's list, members only on a party's. */
    void edit(AttendeeDetails details) {
        name = Validation.officialLanguages("name", details.name(), MAX_NAME);
        title = Validation.officialLanguages("title", details.title(), MAX_TITLE);
        if (details.role() == null) {
            throw RefusedException.badInput("role", "validation.required");
        }
        if ((details.role() == AttendeeRole.OBSERVER) != (partyId == null)) {
            throw RefusedException.badInput("role", partyId == null ? "minutes.error.observerRole" : "minutes.error.memberRole");
        }
        role = details.role();
    }

    public long meetingId() {
        return meetingId;
    }

    /** The delegation's party; null for an observer. */
    public @Nullable Long partyId() {
        return partyId;
    }

    public AttendeeRole role() {
        return role;
    }

    public int position() {
        return position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public LocalizedText name() {
        return name == null ? LocalizedText.EMPTY : name;
    }

    public LocalizedText title() {
        return title == null ? LocalizedText.EMPTY : title;
    }

    public AttendeeDetails details() {
        return new AttendeeDetails(name(), title(), role);
    }
}
