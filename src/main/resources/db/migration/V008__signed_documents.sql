-- The register of documents signed at a meeting (ADR 0011): titles per language, kind, signatory
-- parties, date, and the signed file. The file's bytes live in document_file, a table of their
-- own, so that reading the register never reads them; they are written in the same transaction as
-- their entry. Entries and their signatories keep every change (Hibernate Envers); the bytes do not.
-- LONGBLOB: what Hibernate validates a @Lob byte[] against on MariaDB; H2 reads it as a BLOB.

CREATE TABLE document_file (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    version  BIGINT    NOT NULL,
    sha256   CHAR(64)  NOT NULL,
    bytes    LONGBLOB  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE signed_document (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL,
    meeting_id    BIGINT        NOT NULL,
    title_vi      VARCHAR(500),
    title_zh      VARCHAR(500),
    title_en      VARCHAR(500),
    kind          VARCHAR(20)   NOT NULL,
    signed_on     DATE          NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    file_id       BIGINT        NOT NULL,
    -- The same file registered twice for one meeting is refused by the service; this holds under a race too.
    CONSTRAINT uq_signed_document_file UNIQUE (meeting_id, sha256),
    CONSTRAINT fk_signed_document_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_signed_document_file FOREIGN KEY (file_id) REFERENCES document_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE signed_document_party (
    signed_document_id  BIGINT NOT NULL,
    party_id            BIGINT NOT NULL,
    PRIMARY KEY (signed_document_id, party_id),
    CONSTRAINT fk_signed_document_party_document FOREIGN KEY (signed_document_id) REFERENCES signed_document (id),
    CONSTRAINT fk_signed_document_party_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE signed_document_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       TINYINT,
    meeting_id    BIGINT,
    title_vi      VARCHAR(500),
    title_zh      VARCHAR(500),
    title_en      VARCHAR(500),
    kind          VARCHAR(20),
    signed_on     DATE,
    file_name     VARCHAR(255),
    content_type  VARCHAR(100),
    size_bytes    BIGINT,
    sha256        CHAR(64),
    file_id       BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_signed_document_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE signed_document_party_aud (
    rev                 BIGINT  NOT NULL,
    signed_document_id  BIGINT  NOT NULL,
    party_id            BIGINT  NOT NULL,
    revtype             TINYINT,
    PRIMARY KEY (rev, signed_document_id, party_id),
    CONSTRAINT fk_signed_document_party_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
