-- Notifications: one row per recipient, read in the bell and sent by e-mail in the recipient's
-- language. They carry titles only, never a draft's or a background's text.

ALTER TABLE app_user ADD COLUMN email VARCHAR(254);

CREATE TABLE user_notification (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL,
    user_id          BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    meeting_id       BIGINT        NOT NULL,
    link             VARCHAR(200)  NOT NULL,
    actor_name       VARCHAR(200),
    actor_party_id   BIGINT,
    subject_vi       VARCHAR(500),
    subject_zh       VARCHAR(500),
    subject_en       VARCHAR(500),
    due_at           DATETIME(6),
    created_at       DATETIME(6)   NOT NULL,
    read_at          DATETIME(6),
    emailed_at       DATETIME(6),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_notification_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_user ON user_notification (user_id, read_at, created_at);
CREATE INDEX ix_notification_due ON user_notification (kind, meeting_id, due_at);
