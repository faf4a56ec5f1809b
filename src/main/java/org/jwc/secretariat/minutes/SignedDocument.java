package org.jwc.secretariat.minutes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RecordChanged;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * An entry of a meeting's signed documents register: what was signed, by which parties, when, and
 * the signed file, whose bytes are kept apart (DocumentFile) and whose type comes from its content.
 */
@Entity
@Audited
public class SignedDocument extends VersionedEntity {

    static final int MAX_TITLE = 500;

    private long meetingId;

    @Embedded
    private @Nullable LocalizedText title = LocalizedText.EMPTY;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DocumentKind kind = DocumentKind.AGREEMENT;

    private @Nullable LocalDate signedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "signed_document_party", joinColumns = @JoinColumn(name = "signed_document_id"))
    @Column(name = "party_id")
    @BatchSize(size = 100)
    private Set<Long> signatoryPartyIds = new HashSet<>();

    @Column(length = FileCheck.MAX_NAME)
    private String fileName = "";
    @Column(length = 100)
    private String contentType = "";
    private long sizeBytes;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    private String sha256 = "";

    private long fileId;

    protected SignedDocument() {
    }

    /** A new entry, checked before its file is stored: a refused entry stores no bytes. */
    SignedDocument(long meetingId, SignedDocumentDetails details, LocalDate today, CheckedFile file) {
        this.meetingId = meetingId;
        edit(details, today);
        this.fileName = file.name();
        this.contentType = file.type().contentType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
    }

    /** Where the file's bytes were stored; set once, as the file never changes. */
    void storedIn(DocumentFile file) {
        if (fileId != 0) {
            throw new IllegalStateException("the file of a signed document never changes");
        }
        fileId = file.id();
    }

    /** Titles in both official languages, a kind, at least one signatory, and a date that has come. */
    void edit(SignedDocumentDetails details, LocalDate today) {
        var checkedTitle = Validation.officialLanguages("title", details.title(), MAX_TITLE);
        if (details.kind() == null) {
            throw RefusedException.badInput("kind", "validation.required");
        }
        if (details.signatoryPartyIds() == null || details.signatoryPartyIds().isEmpty()) {
            throw RefusedException.badInput("signatories", "validation.required");
        }
        if (details.signedOn() == null) {
            throw RefusedException.badInput("signedOn", "validation.required");
        }
        // The register records what has been signed: a later date is a typing error.
        if (details.signedOn().isAfter(today)) {
            throw RefusedException.badInput("signedOn", "documents.error.futureDate");
        }
        title = checkedTitle;
        kind = details.kind();
        signedOn = details.signedOn();
        signatoryPartyIds.clear();
        signatoryPartyIds.addAll(details.signatoryPartyIds());
    }

    /** The change event: the register is read by every party. */
    RecordChanged changed() {
        return new RecordChanged(Minutes.KIND, id(), meetingId, null);
    }

    public long meetingId() {
        return meetingId;
    }

    public LocalizedText title() {
        return title == null ? LocalizedText.EMPTY : title;
    }

    public DocumentKind kind() {
        return kind;
    }

    public @Nullable LocalDate signedOn() {
        return signedOn;
    }

    public Set<Long> signatoryPartyIds() {
        return Set.copyOf(signatoryPartyIds);
    }

    public SignedDocumentDetails details() {
        return new SignedDocumentDetails(title(), kind, signatoryPartyIds(), signedOn);
    }

    public String fileName() {
        return fileName;
    }

    public DocumentType type() {
        return DocumentType.ofContentType(contentType);
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    long fileId() {
        return fileId;
    }
}
