package org.jwc.secretariat.proposal;

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

/** One addressed party's position on a proposal; the party may revise it until the outcome. */
@Entity
@Audited
public class ProposalResponse extends VersionedEntity {

    static final int MAX_COMMENT = 2000;

    private long proposalId;
    private long partyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Position position = Position.SUPPORT;

    @Embedded
    private @Nullable LocalizedText amendedText = LocalizedText.EMPTY;

    private @Nullable String comment;

    protected ProposalResponse() {
    }

    ProposalResponse(long proposalId, long partyId) {
        this.proposalId = proposalId;
        this.partyId = partyId;
    }

    /** Support with changes carries the amended text in both official languages; other positions none. */
    void write(ResponseDraft d) {
        if (d.position() == null) {
            throw RefusedException.badInput("position", "validation.required");
        }
        position = d.position();
        var amended = d.amendedText() == null ? LocalizedText.EMPTY : d.amendedText();
        amendedText = position == Position.SUPPORT_WITH_CHANGES
                ? Validation.officialLanguages("amendedText", amended, Proposal.MAX_TEXT)
                : LocalizedText.EMPTY;
        comment = Validation.optional("comment", d.comment(), MAX_COMMENT);
        if (position != Position.SUPPORT && comment == null) {
            throw RefusedException.badInput("comment", "proposal.error.commentRequired");
        }
    }

    public long proposalId() {
        return proposalId;
    }

    public long partyId() {
        return partyId;
    }

    public Position position() {
        return position;
    }

    public LocalizedText amendedText() {
        return amendedText == null ? LocalizedText.EMPTY : amendedText;
    }

    public @Nullable String comment() {
        return comment;
    }
}
