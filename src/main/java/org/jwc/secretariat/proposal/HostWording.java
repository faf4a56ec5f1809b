package org.jwc.secretariat.proposal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * The wording the host wrote when it recorded a proposal as agreed as amended, with who wrote it
 * and when. Its own table: the proposal's row has no room left for three more texts (ADR 0019).
 */
@Entity
@Audited
@Table(name = "proposal_host_wording")
class HostWording extends VersionedEntity {

    private long proposalId;
    private long partyId;
    private String authorUsername = "";
    private String authorName = "";
    private Instant writtenAt = Instant.EPOCH;

    @Embedded
    private @Nullable LocalizedText text = LocalizedText.EMPTY;

    protected HostWording() {
    }

    HostWording(long proposalId, long partyId, String authorUsername, String authorName, Instant writtenAt,
            @Nullable LocalizedText text) {
        this.proposalId = proposalId;
        this.partyId = partyId;
        this.authorUsername = authorUsername;
        this.authorName = authorName;
        this.writtenAt = writtenAt;
        this.text = Validation.officialLanguages("hostWording", text, Proposal.MAX_TEXT);
    }

    long proposalId() {
        return proposalId;
    }

    AgreedText asAgreedText() {
        return new AgreedText(text == null ? LocalizedText.EMPTY : text, AgreedText.Source.HOST, partyId, authorName, writtenAt);
    }
}
