-- Agenda items drafted by each party, and the revision log (Hibernate Envers) that keeps every
-- change of the parties' texts with who and when.

CREATE TABLE revision (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL,
    changed_at BIGINT      NOT NULL,
    username   VARCHAR(60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    meeting_id          BIGINT        NOT NULL,
    owner_party_id      BIGINT        NOT NULL,
    title_vi            VARCHAR(500),
    title_zh            VARCHAR(500),
    title_en            VARCHAR(500),
    description_vi      VARCHAR(2000),
    description_zh      VARCHAR(2000),
    description_en      VARCHAR(2000),
    kind                VARCHAR(20)   NOT NULL,
    duration_minutes    INT           NOT NULL,
    speaker             VARCHAR(200),
    owner_position      INT           NOT NULL,
    official_position   INT,
    status              VARCHAR(20)   NOT NULL,
    decline_reason      VARCHAR(1000),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_agenda_item_party FOREIGN KEY (owner_party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item_aud (
    id                  BIGINT        NOT NULL,
    rev                 BIGINT        NOT NULL,
    revtype             TINYINT,
    meeting_id          BIGINT,
    owner_party_id      BIGINT,
    title_vi            VARCHAR(500),
    title_zh            VARCHAR(500),
    title_en            VARCHAR(500),
    description_vi      VARCHAR(2000),
    description_zh      VARCHAR(2000),
    description_en      VARCHAR(2000),
    kind                VARCHAR(20),
    duration_minutes    INT,
    speaker             VARCHAR(200),
    owner_position      INT,
    official_position   INT,
    status              VARCHAR(20),
    decline_reason      VARCHAR(1000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_agenda_item_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
