-- The wording the host writes itself when it records a proposal as agreed as amended, kept with
-- its author: the host party, the secretary who recorded it and when (ADR 0019). Its own table, as
-- the proposal's row has no room left for three more texts of 4000 characters in MariaDB. Existing
-- proposals are untouched: each one agreed as amended until now names the response it took.

CREATE TABLE proposal_host_wording (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL,
    proposal_id      BIGINT        NOT NULL,
    party_id         BIGINT        NOT NULL,
    author_username  VARCHAR(200)  NOT NULL,
    author_name      VARCHAR(300)  NOT NULL,
    written_at       DATETIME(6)   NOT NULL,
    text_vi          VARCHAR(4000),
    text_zh          VARCHAR(4000),
    text_en          VARCHAR(4000),
    CONSTRAINT uq_proposal_host_wording UNIQUE (proposal_id),
    CONSTRAINT fk_proposal_host_wording_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_proposal_host_wording_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_host_wording_aud (
    id               BIGINT        NOT NULL,
    rev              BIGINT        NOT NULL,
    revtype          TINYINT,
    proposal_id      BIGINT,
    party_id         BIGINT,
    author_username  VARCHAR(200),
    author_name      VARCHAR(300),
    written_at       DATETIME(6),
    text_vi          VARCHAR(4000),
    text_zh          VARCHAR(4000),
    text_en          VARCHAR(4000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_proposal_host_wording_aud_revision FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
