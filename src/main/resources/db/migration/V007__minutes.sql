-- The minutes of a meeting, kept by the host: its sections in order (bilingual texts, each party's
-- statement confirmed by that party), the delegations and observers who attended. Sections,
-- attendees and delegations keep every change (Hibernate Envers), with who and when.
-- Section bodies are MEDIUMTEXT: a statement can run to pages, and three VARCHARs of that length
-- would pass MariaDB's row size limit.

CREATE TABLE minutes (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    meeting_id     BIGINT        NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    closed_at      DATETIME(6),
    closed_by      VARCHAR(200),
    reopen_reason  VARCHAR(1000),
    CONSTRAINT uq_minutes_meeting UNIQUE (meeting_id),
    CONSTRAINT fk_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE minutes_aud (
    id             BIGINT        NOT NULL,
    rev            BIGINT        NOT NULL,
    revtype        TINYINT,
    meeting_id     BIGINT,
    status         VARCHAR(20),
    closed_at      DATETIME(6),
    closed_by      VARCHAR(200),
    reopen_reason  VARCHAR(1000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_minutes_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE minutes_section (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    meeting_id         BIGINT        NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    position           INT           NOT NULL,
    party_id           BIGINT,
    agenda_item_id     BIGINT,
    heading_vi         VARCHAR(500),
    heading_zh         VARCHAR(500),
    heading_en         VARCHAR(500),
    body_vi            MEDIUMTEXT,
    body_zh            MEDIUMTEXT,
    body_en            MEDIUMTEXT,
    shared             BOOLEAN       NOT NULL,
    confirmation       VARCHAR(20)   NOT NULL,
    confirmed_by       VARCHAR(200),
    confirmed_at       DATETIME(6),
    CONSTRAINT fk_minutes_section_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_minutes_section_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_minutes_section_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_minutes_section_meeting ON minutes_section (meeting_id, position);

CREATE TABLE minutes_section_aud (
    id                 BIGINT        NOT NULL,
    rev                BIGINT        NOT NULL,
    revtype            TINYINT,
    meeting_id         BIGINT,
    kind               VARCHAR(20),
    position           INT,
    party_id           BIGINT,
    agenda_item_id     BIGINT,
    heading_vi         VARCHAR(500),
    heading_zh         VARCHAR(500),
    heading_en         VARCHAR(500),
    body_vi            MEDIUMTEXT,
    body_zh            MEDIUMTEXT,
    body_en            MEDIUMTEXT,
    shared             BOOLEAN,
    confirmation       VARCHAR(20),
    confirmed_by       VARCHAR(200),
    confirmed_at       DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_minutes_section_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A party's delegation list for a meeting; others see it once the party's secretary submits it.
CREATE TABLE delegation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT   NOT NULL,
    meeting_id  BIGINT   NOT NULL,
    party_id    BIGINT   NOT NULL,
    submitted   BOOLEAN  NOT NULL,
    CONSTRAINT uq_delegation UNIQUE (meeting_id, party_id),
    CONSTRAINT fk_delegation_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_delegation_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delegation_aud (
    id          BIGINT   NOT NULL,
    rev         BIGINT   NOT NULL,
    revtype     TINYINT,
    meeting_id  BIGINT,
    party_id    BIGINT,
    submitted   BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_delegation_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member of a party's delegation, or (party_id null) an observer the host lists.
CREATE TABLE attendee (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL,
    meeting_id  BIGINT        NOT NULL,
    party_id    BIGINT,
    role        VARCHAR(20)   NOT NULL,
    position    INT           NOT NULL,
    name_vi     VARCHAR(200),
    name_zh     VARCHAR(200),
    name_en     VARCHAR(200),
    title_vi    VARCHAR(500),
    title_zh    VARCHAR(500),
    title_en    VARCHAR(500),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendee_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attendee_meeting ON attendee (meeting_id, party_id, position);

CREATE TABLE attendee_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT,
    meeting_id  BIGINT,
    party_id    BIGINT,
    role        VARCHAR(20),
    position    INT,
    name_vi     VARCHAR(200),
    name_zh     VARCHAR(200),
    name_en     VARCHAR(200),
    title_vi    VARCHAR(500),
    title_zh    VARCHAR(500),
    title_en    VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_attendee_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
