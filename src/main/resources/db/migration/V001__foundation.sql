-- Runs unchanged on H2 (MySQL mode) and on MariaDB/MySQL. Tables are utf8mb4 so that Vietnamese
-- diacritics and Chinese characters round-trip; every table has a version for optimistic locking.

CREATE TABLE committee (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    version  BIGINT       NOT NULL,
    name_vi  VARCHAR(500) NOT NULL,
    name_zh  VARCHAR(500) NOT NULL,
    name_en  VARCHAR(500)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE party (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    code          VARCHAR(10)  NOT NULL,
    name_vi       VARCHAR(200) NOT NULL,
    name_zh       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200),
    side          VARCHAR(2)   NOT NULL,
    time_zone     VARCHAR(60)  NOT NULL,
    active_from   DATE         NOT NULL,
    active_until  DATE,
    successor_id  BIGINT,
    host_order    INT,
    CONSTRAINT uk_party_code UNIQUE (code),
    CONSTRAINT fk_party_successor FOREIGN KEY (successor_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cooperation_area (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL,
    parent_id  BIGINT,
    position   INT          NOT NULL,
    name_vi    VARCHAR(300) NOT NULL,
    name_zh    VARCHAR(300) NOT NULL,
    name_en    VARCHAR(300),
    CONSTRAINT fk_area_parent FOREIGN KEY (parent_id) REFERENCES cooperation_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL,
    username              VARCHAR(60)  NOT NULL,
    full_name             VARCHAR(200) NOT NULL,
    job_title             VARCHAR(300),
    party_id              BIGINT,
    roles                 VARCHAR(100) NOT NULL,
    preferred_language    VARCHAR(5)   NOT NULL,
    password_hash         VARCHAR(200) NOT NULL,
    enabled               BOOLEAN      NOT NULL,
    must_change_password  BOOLEAN      NOT NULL,
    failed_logins         INT          NOT NULL,
    locked_until          DATETIME(6),
    CONSTRAINT uk_user_username UNIQUE (username),
    CONSTRAINT fk_user_party FOREIGN KEY (party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL,
    meeting_number      INT          NOT NULL,
    title_vi            VARCHAR(500) NOT NULL,
    title_zh            VARCHAR(500) NOT NULL,
    title_en            VARCHAR(500),
    starts_at           DATETIME(6)  NOT NULL,
    ends_at             DATETIME(6)  NOT NULL,
    meeting_format      VARCHAR(20)  NOT NULL,
    venue_vi            VARCHAR(300),
    venue_zh            VARCHAR(300),
    venue_en            VARCHAR(300),
    bridges_vi          VARCHAR(500),
    bridges_zh          VARCHAR(500),
    bridges_en          VARCHAR(500),
    host_party_id       BIGINT       NOT NULL,
    co_chair_party_id   BIGINT       NOT NULL,
    phase               VARCHAR(20)  NOT NULL,
    proposal_deadline   DATETIME(6),
    response_deadline   DATETIME(6),
    approval_deadline   DATETIME(6),
    CONSTRAINT uk_meeting_number UNIQUE (meeting_number),
    CONSTRAINT fk_meeting_host FOREIGN KEY (host_party_id) REFERENCES party (id),
    CONSTRAINT fk_meeting_co_chair FOREIGN KEY (co_chair_party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
