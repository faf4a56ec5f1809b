package org.jwc.secretariat.communique;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A paragraph of the communiqué as a Vietnamese/Chinese pair (English for reference only). An edit
 * of one official language leaves the other pending until someone confirms it still says the same.
 */
@Entity
@Audited
@Table(name = "communique_paragraph")
public class Paragraph extends VersionedEntity {

    public static final String KIND = "communiqueParagraph";
    /** Characters per language; the longest paragraph of the 14th communiqué has about 2 500. */
    public static final int MAX_TEXT = 20_000;

    private long communiqueId;
    private long sectionId;
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ParagraphKind kind = ParagraphKind.COMMON;

    private @Nullable Long ownerPartyId;

    // MEDIUMTEXT on MariaDB (Hibernate's type for a String this long), a VARCHAR on H2.
    @Column(length = 60_000)
    private @Nullable String textVi;
    @Column(length = 60_000)
    private @Nullable String textZh;
    @Column(length = 60_000)
    private @Nullable String textEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private @Nullable Language pendingLanguage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "communique_paragraph_party", joinColumns = @JoinColumn(name = "paragraph_id"))
    @Column(name = "party_id")
    @BatchSize(size = 200)
    private Set<Long> partyIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "communique_paragraph_source", joinColumns = @JoinColumn(name = "paragraph_id"))
    @Column(name = "proposal_id")
    @BatchSize(size = 200)
    private Set<Long> sourceProposalIds = new HashSet<>();

    protected Paragraph() {
    }

    Paragraph(long communiqueId, long sectionId, int position, ParagraphDraft draft) {
        this.communiqueId = communiqueId;
        this.sectionId = sectionId;
        this.position = position;
        this.ownerPartyId = draft.ownerPartyId();
        this.sourceProposalIds.addAll(draft.sourceProposalIds());
        var text = checked(draft.text());
        describe(draft.kind(), draft.partyIds());
        setText(text);
        pendingLanguage = text.vi() == null ? Language.VI : text.zh() == null ? Language.ZH : null;
    }

    /**
     * A new text. One official language changed alone leaves the other pending; the pending one
     * changed clears it, and both changed together are taken as written to match.
     */
    void write(LocalizedText newText, ParagraphKind newKind, List<Long> parties) {
        var text = checked(newText);
        var viChanged = !Objects.equals(textVi, text.vi());
        var zhChanged = !Objects.equals(textZh, text.zh());
        if (viChanged != zhChanged) {
            var changed = viChanged ? Language.VI : Language.ZH;
            pendingLanguage = pendingLanguage == changed ? null : viChanged ? Language.ZH : Language.VI;
        } else if (viChanged) {
            pendingLanguage = null;
        }
        if (text.vi() == null || text.zh() == null) {
            pendingLanguage = text.vi() == null ? Language.VI : Language.ZH;
        }
        describe(newKind, parties);
        setText(text);
    }

    /** Someone has checked that the pending language says what the other says. */
    void confirmTranslation() {
        if (textVi == null || textZh == null) {
            throw new RefusedException("communique.error.translationMissing");
        }
        pendingLanguage = null;
    }

    /** A resolved bracket's span replaced in both languages at once: the pair stays as confirmed as it was. */
    void replaceSpans(String spanVi, @Nullable String byVi, String spanZh, @Nullable String byZh) {
        textVi = replaced(textVi, spanVi, byVi);
        textZh = replaced(textZh, spanZh, byZh);
    }

    private static @Nullable String replaced(@Nullable String text, String span, @Nullable String by) {
        if (text == null) {
            return null;
        }
        // A dropped span leaves no doubled space behind.
        return LocalizedText.trimToNull(text.replace(span, by == null ? "" : by).replaceAll(" {2,}", " "));
    }

    void moveTo(long sectionId, int position) {
        this.sectionId = sectionId;
        this.position = position;
    }

    private void describe(@Nullable ParagraphKind newKind, List<Long> parties) {
        if (newKind == null) {
            throw RefusedException.badInput("kind", "validation.required");
        }
        if (newKind == ParagraphKind.BILATERAL && parties.size() < 2) {
            throw RefusedException.badInput("parties", "communique.error.bilateralParties");
        }
        kind = newKind;
        partyIds.clear();
        if (newKind != ParagraphKind.COMMON) {
            partyIds.addAll(parties);
        }
    }

    private static LocalizedText checked(@Nullable LocalizedText text) {
        if (text == null || text.vi() == null && text.zh() == null) {
            throw RefusedException.badInput("text", "communique.error.textRequired");
        }
        return Validation.withinLength("text", text, MAX_TEXT);
    }

    private void setText(LocalizedText text) {
        textVi = text.vi();
        textZh = text.zh();
        textEn = text.en();
    }

    public long communiqueId() {
        return communiqueId;
    }

    public long sectionId() {
        return sectionId;
    }

    public int position() {
        return position;
    }

    public ParagraphKind kind() {
        return kind;
    }

    public @Nullable Long ownerPartyId() {
        return ownerPartyId;
    }

    public LocalizedText text() {
        return new LocalizedText(textVi, textZh, textEn);
    }

    /** The official language awaiting confirmation after the other was edited, or null. */
    public @Nullable Language pendingLanguage() {
        return pendingLanguage;
    }

    public Set<Long> partyIds() {
        return Set.copyOf(partyIds);
    }

    public Set<Long> sourceProposalIds() {
        return Set.copyOf(sourceProposalIds);
    }
}
