-- What a final communiqué agreed, as commitments that the parties carry out and report on: one per
-- paragraph of its areas, the parties responsible for it, and each party's status with its dated
-- progress notes. Reviewed at every later meeting until every responsible party reports it done.

CREATE TABLE commitment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    meeting_id        BIGINT        NOT NULL,
    communique_id     BIGINT        NOT NULL,
    paragraph_number  INT           NOT NULL,
    area_id           BIGINT,
    kind              VARCHAR(20)   NOT NULL,
    text_vi           MEDIUMTEXT,
    text_zh           MEDIUMTEXT,
    text_en           MEDIUMTEXT,
    created_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uq_commitment_paragraph UNIQUE (communique_id, paragraph_number),
    CONSTRAINT fk_commitment_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_commitment_communique FOREIGN KEY (communique_id) REFERENCES communique (id),
    CONSTRAINT fk_commitment_area FOREIGN KEY (area_id) REFERENCES cooperation_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_commitment_meeting ON commitment (meeting_id, paragraph_number);

-- A responsible party's standing on a commitment.
CREATE TABLE commitment_party (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    commitment_id   BIGINT        NOT NULL,
    party_id        BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    updated_at      DATETIME(6),
    CONSTRAINT uq_commitment_party UNIQUE (commitment_id, party_id),
    CONSTRAINT fk_commitment_party_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_commitment_party_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A party's dated report on a commitment, in its own words per language, and the status it set.
CREATE TABLE progress_note (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    commitment_id   BIGINT        NOT NULL,
    party_id        BIGINT        NOT NULL,
    noted_on        DATE          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    text_vi         VARCHAR(4000),
    text_zh         VARCHAR(4000),
    text_en         VARCHAR(4000),
    author          VARCHAR(200)  NOT NULL,
    author_name     VARCHAR(300)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_progress_note_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_progress_note_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_progress_note_commitment ON progress_note (commitment_id, noted_on);
