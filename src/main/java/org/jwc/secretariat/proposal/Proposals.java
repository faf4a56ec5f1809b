package org.jwc.secretariat.proposal;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Proposals extends JpaRepository<Proposal, Long> {

    String VISIBLE = """
            from Proposal p
            where p.meetingId = :meetingId
              and (p.status <> org.jwc.secretariat.proposal.ProposalStatus.DRAFT or p.ownerPartyId = :partyId)
              and (:areaId is null or p.areaId = :areaId)
              and (:ownerPartyId is null or p.ownerPartyId = :ownerPartyId)
              and (:status is null or p.status = :status)""";

    /** A meeting's proposals a party may see (its own drafts, everyone's submitted), filtered; a user of no party sees no draft. */
    @Query("select p " + VISIBLE + " order by p.ownerPartyId, p.id")
    List<Proposal> visibleTo(long meetingId, @Nullable Long partyId, @Nullable Long areaId, @Nullable Long ownerPartyId,
            @Nullable ProposalStatus status, Pageable page);

    @Query("select count(p) " + VISIBLE)
    long countVisibleTo(long meetingId, @Nullable Long partyId, @Nullable Long areaId, @Nullable Long ownerPartyId,
            @Nullable ProposalStatus status);

    /** A party's proposals that the meeting deferred and that no proposal was carried over from yet. */
    @Query("""
            select p from Proposal p
            where p.meetingId = :meetingId and p.ownerPartyId = :partyId
              and p.status = org.jwc.secretariat.proposal.ProposalStatus.DEFERRED
              and not exists (select c.id from Proposal c where c.carriedFromId = p.id)
            order by p.id""")
    List<Proposal> deferredNotCarriedOver(long meetingId, long partyId);

    boolean existsByCarriedFromId(long carriedFromId);

    long countByMeetingIdAndStatusIn(long meetingId, Collection<ProposalStatus> statuses);
}
