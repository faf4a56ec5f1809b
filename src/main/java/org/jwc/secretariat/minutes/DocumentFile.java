package org.jwc.secretariat.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jwc.secretariat.base.VersionedEntity;

/**
 * The bytes of a signed document's file, in a table of their own so that listing the register
 * never reads them (ADR 0011). Written once with the document and deleted with it; not audited,
 * since the document's history keeps the file's name and checksum, and copies of the bytes would
 * multiply the database's size.
 */
@Entity
class DocumentFile extends VersionedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    private String sha256 = "";

    @Lob
    private byte[] bytes = new byte[0];

    protected DocumentFile() {
    }

    DocumentFile(CheckedFile file) {
        this.sha256 = file.sha256();
        this.bytes = file.bytes();
    }

    String sha256() {
        return sha256;
    }

    byte[] bytes() {
        return bytes;
    }
}
