package org.jwc.secretariat.proposal;

import static org.jwc.secretariat.proposal.ProposalStatus.AGREED_AMENDED;
import static org.jwc.secretariat.proposal.ProposalStatus.DEFERRED;
import static org.jwc.secretariat.proposal.ProposalStatus.DRAFT;
import static org.jwc.secretariat.proposal.ProposalStatus.SUBMITTED;
import static org.jwc.secretariat.proposal.ProposalStatus.UNDER_DISCUSSION;
import static org.jwc.secretariat.proposal.ProposalStatus.WITHDRAWN;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.MessageKey;
import org.jwc.secretariat.base.RecordChanged;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/** A party's proposal to a meeting; its workflow rules (DESIGN §4) live here. */
@Entity
@Audited
public class Proposal extends VersionedEntity {

    public static final String KIND = "proposal";
    static final int MAX_TITLE = 500;
    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 1000;

    private long meetingId;
    private long ownerPartyId;
    private @Nullable Long areaId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ProposalScope scope = ProposalScope.JOINT;

    /** The change event of this proposal: a draft's reaches its own party only. */
    RecordChanged changed() {
        return new RecordChanged(KIND, id(), meetingId, status == DRAFT ? ownerPartyId : null);
    }

    /** The parties the proposal addresses: named for a bilateral one, by rule for the others. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_counterpart", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "party_id")
    @BatchSize(size = 100)
    private Set<Long> counterpartPartyIds = new HashSet<>();

    @Embedded
    private @Nullable LocalizedText title = LocalizedText.EMPTY;

    @Embedded
    private @Nullable LocalizedText text = LocalizedText.EMPTY;

    /** The earlier commitment this follows up, as the free reference written before commitments existed. */
    private @Nullable String followsUp;

    /** The commitment of an earlier meeting this follows up. */
    private @Nullable Long followsUpCommitmentId;

    /** The deferred proposal of the previous meeting this draft was carried over from; fixed when made. */
    private @Nullable Long carriedFromId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ProposalStatus status = DRAFT;

    private @Nullable String outcomeReason;

    /** For an agreement as amended: the response whose amended text was agreed; null for the host's own wording. */
    private @Nullable Long agreedResponseId;

    protected Proposal() {
    }

    Proposal(long meetingId, long ownerPartyId) {
        this.meetingId = meetingId;
        this.ownerPartyId = ownerPartyId;
    }

    /** Writes the text; once submitted it must keep both official languages. */
    void write(ProposalDraft d, Set<Long> counterparts) {
        require(EnumSet.of(DRAFT, SUBMITTED, UNDER_DISCUSSION));
        if (d.scope() == null) {
            throw RefusedException.badInput("scope", "validation.required");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw RefusedException.badInput("title", "validation.required");
        }
        var submitted = status != DRAFT;
        title = submitted ? Validation.officialLanguages("title", d.title(), MAX_TITLE)
                : Validation.withinLength("title", d.title(), MAX_TITLE);
        var newText = d.text() == null ? LocalizedText.EMPTY : d.text();
        text = submitted ? Validation.officialLanguages("text", newText, MAX_TEXT)
                : Validation.withinLength("text", newText, MAX_TEXT);
        followsUp = Validation.optional("followsUp", d.followsUp(), 300);
        followsUpCommitmentId = d.followsUpCommitmentId();
        areaId = d.areaId();
        scope = d.scope();
        if (submitted) {
            requireAddressees(counterparts);
        }
        counterpartPartyIds.clear();
        counterpartPartyIds.addAll(counterparts);
    }

    /** Submitted to the meeting: needs an area, both official languages and someone to address. */
    void submit() {
        require(EnumSet.of(DRAFT));
        if (areaId == null) {
            throw RefusedException.badInput("areaId", "validation.required");
        }
        Validation.officialLanguages("title", title, MAX_TITLE);
        Validation.officialLanguages("text", text, MAX_TEXT);
        requireAddressees(counterpartPartyIds);
        status = SUBMITTED;
    }

    /**
     * What the draft still lacks before it can be submitted, as message keys, in the order of the
     * form: {@link #submit} refuses it for the same reasons.
     */
    public List<String> missingForSubmission() {
        var missing = new ArrayList<String>();
        if (areaId == null) {
            missing.add("proposal.missing.area");
        }
        if (title == null || !title.hasOfficialLanguages()) {
            missing.add("proposal.missing.title");
        }
        if (text == null || !text.hasOfficialLanguages()) {
            missing.add("proposal.missing.text");
        }
        if (counterpartPartyIds.isEmpty()) {
            missing.add("proposal.missing.counterparts");
        }
        return missing;
    }

    private void requireAddressees(Set<Long> counterparts) {
        if (counterparts.isEmpty()) {
            throw RefusedException.badInput("counterparts", "proposal.error.noCounterpart");
        }
    }

    /** Withdrawn from the meeting; a draft is never withdrawn, as that would show it to the others. */
    void withdraw() {
        require(EnumSet.of(SUBMITTED, UNDER_DISCUSSION));
        status = WITHDRAWN;
    }

    void openDiscussion() {
        require(EnumSet.of(SUBMITTED));
        status = UNDER_DISCUSSION;
    }

    /**
     * The host's outcome. An agreement as amended names the response whose text was agreed, or else
     * brings the host's own wording in both official languages; only a deferral or a non-agreement
     * must say why.
     */
    void decide(OutcomeDraft d) {
        require(EnumSet.of(UNDER_DISCUSSION));
        var outcome = d.outcome();
        if (outcome == null) {
            throw RefusedException.badInput("outcome", "validation.required");
        }
        if (!ProposalStatus.OUTCOMES.contains(outcome)) {
            throw new RefusedException("proposal.error.notAnOutcome", new MessageKey("proposal.status." + outcome.name()));
        }
        if (outcome == AGREED_AMENDED) {
            requireOneAgreedWording(d);
        }
        outcomeReason = outcome.needsReason() ? Validation.required("reason", d.reason(), MAX_REASON)
                : Validation.optional("reason", d.reason(), MAX_REASON);
        agreedResponseId = outcome == AGREED_AMENDED ? d.amendedResponseId() : null;
        status = outcome;
    }

    /** A counterpart's amendment or the host's wording in both official languages: one of them, not both. */
    private static void requireOneAgreedWording(OutcomeDraft d) {
        var written = d.hostWording() != null && !d.hostWording().isBlank();
        if (d.amendedResponseId() != null && written) {
            throw RefusedException.badInput("hostWording", "proposal.error.oneAgreedWording");
        }
        if (d.amendedResponseId() == null && !written) {
            throw RefusedException.badInput("amendedResponse", "proposal.error.chooseAmendment");
        }
        if (d.amendedResponseId() == null) {
            Validation.officialLanguages("hostWording", d.hostWording(), MAX_TEXT);
        }
    }

    /** Agreed as amended in the wording the host wrote, not in a counterpart's amended text. */
    public boolean agreedInHostWording() {
        return status == AGREED_AMENDED && agreedResponseId == null;
    }

    /**
     * A new, empty draft of the next meeting that links back to this deferred proposal; this one
     * is not changed, so its own history ends with the deferral.
     */
    Proposal carriedInto(long nextMeetingId) {
        require(EnumSet.of(DEFERRED));
        var copy = new Proposal(nextMeetingId, ownerPartyId);
        copy.carriedFromId = id();
        return copy;
    }

    /** What the party wrote, as a draft to write again (a carried-over copy starts from it). */
    ProposalDraft asDraft(@Nullable String background) {
        return new ProposalDraft(areaId, scope, counterpartPartyIds(), title(), text(), followsUp, followsUpCommitmentId,
                background);
    }

    void require(EnumSet<ProposalStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new RefusedException("proposal.error.status", new MessageKey("proposal.status." + status.name()));
        }
    }

    public long meetingId() {
        return meetingId;
    }

    public long ownerPartyId() {
        return ownerPartyId;
    }

    public @Nullable Long areaId() {
        return areaId;
    }

    public ProposalScope scope() {
        return scope;
    }

    public Set<Long> counterpartPartyIds() {
        return Set.copyOf(counterpartPartyIds);
    }

    public boolean addresses(long partyId) {
        return counterpartPartyIds.contains(partyId);
    }

    public LocalizedText title() {
        return title == null ? LocalizedText.EMPTY : title;
    }

    public LocalizedText text() {
        return text == null ? LocalizedText.EMPTY : text;
    }

    public @Nullable String followsUp() {
        return followsUp;
    }

    public @Nullable Long followsUpCommitmentId() {
        return followsUpCommitmentId;
    }

    public @Nullable Long carriedFromId() {
        return carriedFromId;
    }

    public ProposalStatus status() {
        return status;
    }

    public @Nullable String outcomeReason() {
        return outcomeReason;
    }

    public @Nullable Long agreedResponseId() {
        return agreedResponseId;
    }
}
