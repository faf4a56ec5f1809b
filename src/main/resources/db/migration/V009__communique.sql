-- The joint communiqué of a meeting: the host's working text (sections of bilingual paragraphs,
-- each with its kind, its named parties and the proposals it came from, and the brackets still
-- under negotiation), the versions circulated (immutable snapshots with their SHA-256), and each
-- party leader's decision on a version. Paragraphs keep every change (Hibernate Envers).

CREATE TABLE communique (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    meeting_id        BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    final_version_id  BIGINT,
    final_at          DATETIME(6),
    CONSTRAINT uq_communique_meeting UNIQUE (meeting_id),
    CONSTRAINT fk_communique_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE communique_section (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    communique_id  BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    position       INT           NOT NULL,
    area_id        BIGINT,
    level          INT           NOT NULL,
    heading_vi     VARCHAR(500),
    heading_zh     VARCHAR(500),
    heading_en     VARCHAR(500),
    CONSTRAINT fk_communique_section_communique FOREIGN KEY (communique_id) REFERENCES communique (id),
    CONSTRAINT fk_communique_section_area FOREIGN KEY (area_id) REFERENCES cooperation_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_communique_section_order ON communique_section (communique_id, position);

CREATE TABLE communique_paragraph (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    communique_id     BIGINT        NOT NULL,
    section_id        BIGINT        NOT NULL,
    position          INT           NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    owner_party_id    BIGINT,
    text_vi           MEDIUMTEXT,
    text_zh           MEDIUMTEXT,
    text_en           MEDIUMTEXT,
    pending_language  VARCHAR(2),
    CONSTRAINT fk_communique_paragraph_communique FOREIGN KEY (communique_id) REFERENCES communique (id),
    CONSTRAINT fk_communique_paragraph_section FOREIGN KEY (section_id) REFERENCES communique_section (id),
    CONSTRAINT fk_communique_paragraph_owner FOREIGN KEY (owner_party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_communique_paragraph_order ON communique_paragraph (communique_id, section_id, position);

-- The parties a bilateral or side paragraph names (none for a common one).
CREATE TABLE communique_paragraph_party (
    paragraph_id  BIGINT NOT NULL,
    party_id      BIGINT NOT NULL,
    PRIMARY KEY (paragraph_id, party_id),
    CONSTRAINT fk_communique_paragraph_party_paragraph FOREIGN KEY (paragraph_id) REFERENCES communique_paragraph (id),
    CONSTRAINT fk_communique_paragraph_party_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Provenance: the agreed proposals a paragraph came from.
CREATE TABLE communique_paragraph_source (
    paragraph_id  BIGINT NOT NULL,
    proposal_id   BIGINT NOT NULL,
    PRIMARY KEY (paragraph_id, proposal_id),
    CONSTRAINT fk_communique_paragraph_source_paragraph FOREIGN KEY (paragraph_id) REFERENCES communique_paragraph (id),
    CONSTRAINT fk_communique_paragraph_source_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE communique_paragraph_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT,
    communique_id     BIGINT,
    section_id        BIGINT,
    position          INT,
    kind              VARCHAR(20),
    owner_party_id    BIGINT,
    text_vi           MEDIUMTEXT,
    text_zh           MEDIUMTEXT,
    text_en           MEDIUMTEXT,
    pending_language  VARCHAR(2),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_communique_paragraph_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE communique_paragraph_party_aud (
    rev           BIGINT NOT NULL,
    revtype       TINYINT,
    paragraph_id  BIGINT NOT NULL,
    party_id      BIGINT NOT NULL,
    PRIMARY KEY (rev, paragraph_id, party_id),
    CONSTRAINT fk_communique_paragraph_party_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE communique_paragraph_source_aud (
    rev           BIGINT NOT NULL,
    revtype       TINYINT,
    paragraph_id  BIGINT NOT NULL,
    proposal_id   BIGINT NOT NULL,
    PRIMARY KEY (rev, paragraph_id, proposal_id),
    CONSTRAINT fk_communique_paragraph_source_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A span of a paragraph not yet agreed: who holds it, why, and the wordings offered instead.
CREATE TABLE communique_bracket (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    paragraph_id      BIGINT        NOT NULL,
    holder_party_id   BIGINT        NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    span_vi           VARCHAR(2000) NOT NULL,
    span_zh           VARCHAR(2000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    opened_by         VARCHAR(200)  NOT NULL,
    resolved_by       VARCHAR(200),
    resolved_at       DATETIME(6),
    CONSTRAINT fk_communique_bracket_paragraph FOREIGN KEY (paragraph_id) REFERENCES communique_paragraph (id),
    CONSTRAINT fk_communique_bracket_holder FOREIGN KEY (holder_party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE communique_bracket_alternative (
    bracket_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    alternatives_vi  VARCHAR(2000),
    alternatives_zh  VARCHAR(2000),
    PRIMARY KEY (bracket_id, position),
    CONSTRAINT fk_communique_bracket_alternative_bracket FOREIGN KEY (bracket_id) REFERENCES communique_bracket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A circulated version: the canonical text of every section and paragraph, and its SHA-256.
CREATE TABLE communique_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    communique_id   BIGINT        NOT NULL,
    number          INT           NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    content         MEDIUMTEXT    NOT NULL,
    pending_pairs   INT           NOT NULL,
    open_brackets   INT           NOT NULL,
    circulated_by   VARCHAR(200)  NOT NULL,
    circulated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_communique_version_number UNIQUE (communique_id, number),
    CONSTRAINT fk_communique_version_communique FOREIGN KEY (communique_id) REFERENCES communique (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A party leader's decision on one version: approved, or returned with comments.
CREATE TABLE communique_approval (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    communique_id   BIGINT        NOT NULL,
    version_id      BIGINT        NOT NULL,
    party_id        BIGINT        NOT NULL,
    decision        VARCHAR(20)   NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    leader_username VARCHAR(200)  NOT NULL,
    leader_name     VARCHAR(300)  NOT NULL,
    comment         VARCHAR(4000),
    decided_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uq_communique_approval UNIQUE (version_id, party_id),
    CONSTRAINT fk_communique_approval_communique FOREIGN KEY (communique_id) REFERENCES communique (id),
    CONSTRAINT fk_communique_approval_version FOREIGN KEY (version_id) REFERENCES communique_version (id),
    CONSTRAINT fk_communique_approval_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The name a party goes by in running text ("Quảng Tây", "广西"), besides its full name: data, so
-- that generated paragraphs and the terminology check name parties as the committee writes them.
ALTER TABLE party ADD short_name_vi VARCHAR(100);
ALTER TABLE party ADD short_name_zh VARCHAR(100);
ALTER TABLE party ADD short_name_en VARCHAR(100);
