package org.jwc.secretariat.communique;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/** Text of a paragraph not yet agreed, held by a party, until the host resolves it. */
@Entity
@Table(name = "communique_bracket")
public class Bracket extends VersionedEntity {

    static final int MAX_SPAN = 2000;

    private long paragraphId;
    private long holderPartyId;
    private String reason = "";
    private String spanVi = "";
    private String spanZh = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private BracketStatus status = BracketStatus.OPEN;

    private String openedBy = "";
    private @Nullable String resolvedBy;
    private @Nullable Instant resolvedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "communique_bracket_alternative", joinColumns = @JoinColumn(name = "bracket_id"))
    @OrderColumn(name = "position")
    private List<Alternative> alternatives = new ArrayList<>();

    protected Bracket() {
    }

    Bracket(long paragraphId, long holderPartyId, String spanVi, String spanZh, String reason,
            List<Alternative> alternatives, String openedBy) {
        this.paragraphId = paragraphId;
        this.holderPartyId = holderPartyId;
        this.spanVi = spanVi;
        this.spanZh = spanZh;
        this.reason = reason;
        this.alternatives.addAll(alternatives);
        this.openedBy = openedBy;
    }

    void resolve(BracketStatus outcome, String by, Instant at) {
        if (status != BracketStatus.OPEN) {
            throw new RefusedException("communique.error.bracketResolved");
        }
        status = outcome;
        resolvedBy = by;
        resolvedAt = at;
    }

    /** Both spans are still in the paragraph's text. */
    boolean standsIn(LocalizedText text) {
        return contains(text.vi(), spanVi) && contains(text.zh(), spanZh);
    }

    private static boolean contains(@Nullable String text, String span) {
        return text != null && text.contains(span);
    }

    public boolean isOpen() {
        return status == BracketStatus.OPEN;
    }

    public long paragraphId() {
        return paragraphId;
    }

    public long holderPartyId() {
        return holderPartyId;
    }

    public String reason() {
        return reason;
    }

    public String spanVi() {
        return spanVi;
    }

    public String spanZh() {
        return spanZh;
    }

    public BracketStatus status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public @Nullable String resolvedBy() {
        return resolvedBy;
    }

    public @Nullable Instant resolvedAt() {
        return resolvedAt;
    }

    public List<Alternative> alternatives() {
        return List.copyOf(alternatives);
    }
}
