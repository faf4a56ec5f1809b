package org.jwc.secretariat.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.VersionedEntity;

/**
 * A party's membership of one committee (ADR 0025): its dates there, where they are narrower than
 * the party's own existence, and its place in that committee's host rotation. Tuyên Quang has one
 * in the Guangxi committee and one in the Yunnan working group.
 */
@Entity
@Table(name = "committee_membership")
public class Membership extends VersionedEntity {

    private long committeeId;

    private long partyId;

    @Column(name = "member_from")
    private @Nullable LocalDate from;

    @Column(name = "member_until")
    private @Nullable LocalDate until;

    private @Nullable Integer hostOrder;

    protected Membership() {
    }

    Membership(long committeeId, long partyId) {
        this.committeeId = committeeId;
        this.partyId = partyId;
    }

    void update(@Nullable LocalDate from, @Nullable LocalDate until, @Nullable Integer hostOrder) {
        this.from = from;
        this.until = until;
        this.hostOrder = hostOrder;
    }

    public long committeeId() {
        return committeeId;
    }

    public long partyId() {
        return partyId;
    }

    /** The first day of membership; none where the party is a member since it exists. */
    public @Nullable LocalDate from() {
        return from;
    }

    /** The last day of membership; none while it lasts. */
    public @Nullable LocalDate until() {
        return until;
    }

    /** Place in its side's hosting rotation in this committee; a successor without one takes its predecessor's. */
    public @Nullable Integer hostOrder() {
        return hostOrder;
    }

    /** Whether the membership covers the day; the party's own dates apply as well ({@link Party#isActiveOn}). */
    public boolean isActiveOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}
