-- The revision of a record each user last looked at, so that they can be shown what changed since.

CREATE TABLE record_reading (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT      NOT NULL,
    user_id             BIGINT      NOT NULL,
    record_kind         VARCHAR(40) NOT NULL,
    record_id           BIGINT      NOT NULL,
    seen_revision       BIGINT      NOT NULL,
    seen_at             DATETIME(6) NOT NULL,
    CONSTRAINT uq_reading UNIQUE (user_id, record_kind, record_id),
    CONSTRAINT fk_reading_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
