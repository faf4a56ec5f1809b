-- Proposals, the parties they address, the owner's internal background kept apart, and the
-- counterparts' responses; each with its revision log (Hibernate Envers).
-- Texts per language are at most 4000 characters: three of them stay within MariaDB's row size.

CREATE TABLE proposal (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    meeting_id          BIGINT        NOT NULL,
    owner_party_id      BIGINT        NOT NULL,
    area_id             BIGINT,
    scope               VARCHAR(20)   NOT NULL,
    title_vi            VARCHAR(500),
    title_zh            VARCHAR(500),
    title_en            VARCHAR(500),
    text_vi             VARCHAR(4000),
    text_zh             VARCHAR(4000),
    text_en             VARCHAR(4000),
    follows_up          VARCHAR(300),
    status              VARCHAR(20)   NOT NULL,
    outcome_reason      VARCHAR(1000),
    agreed_response_id  BIGINT,
    CONSTRAINT fk_proposal_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_proposal_party FOREIGN KEY (owner_party_id) REFERENCES party (id),
    CONSTRAINT fk_proposal_area FOREIGN KEY (area_id) REFERENCES cooperation_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_proposal_meeting ON proposal (meeting_id, owner_party_id, status);

CREATE TABLE proposal_counterpart (
    proposal_id BIGINT NOT NULL,
    party_id    BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, party_id),
    CONSTRAINT fk_proposal_counterpart_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_proposal_counterpart_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_background (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT NOT NULL,
    proposal_id BIGINT NOT NULL UNIQUE,
    text        VARCHAR(4000),
    CONSTRAINT fk_proposal_background_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_response (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL,
    proposal_id      BIGINT        NOT NULL,
    party_id         BIGINT        NOT NULL,
    position         VARCHAR(30)   NOT NULL,
    amended_text_vi  VARCHAR(4000),
    amended_text_zh  VARCHAR(4000),
    amended_text_en  VARCHAR(4000),
    comment          VARCHAR(2000),
    CONSTRAINT uq_proposal_response UNIQUE (proposal_id, party_id),
    CONSTRAINT fk_proposal_response_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_proposal_response_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_aud (
    id                  BIGINT        NOT NULL,
    rev                 BIGINT        NOT NULL,
    revtype             TINYINT,
    meeting_id          BIGINT,
    owner_party_id      BIGINT,
    area_id             BIGINT,
    scope               VARCHAR(20),
    title_vi            VARCHAR(500),
    title_zh            VARCHAR(500),
    title_en            VARCHAR(500),
    text_vi             VARCHAR(4000),
    text_zh             VARCHAR(4000),
    text_en             VARCHAR(4000),
    follows_up          VARCHAR(300),
    status              VARCHAR(20),
    outcome_reason      VARCHAR(1000),
    agreed_response_id  BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_proposal_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_counterpart_aud (
    rev         BIGINT  NOT NULL,
    proposal_id BIGINT  NOT NULL,
    party_id    BIGINT  NOT NULL,
    revtype     TINYINT,
    PRIMARY KEY (rev, proposal_id, party_id),
    CONSTRAINT fk_proposal_counterpart_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_background_aud (
    id          BIGINT NOT NULL,
    rev         BIGINT NOT NULL,
    revtype     TINYINT,
    proposal_id BIGINT,
    text        VARCHAR(4000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_proposal_background_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_response_aud (
    id               BIGINT NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT,
    proposal_id      BIGINT,
    party_id         BIGINT,
    position         VARCHAR(30),
    amended_text_vi  VARCHAR(4000),
    amended_text_zh  VARCHAR(4000),
    amended_text_en  VARCHAR(4000),
    comment          VARCHAR(2000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_proposal_response_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
