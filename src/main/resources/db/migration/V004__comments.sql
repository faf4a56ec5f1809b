-- Comments on agenda items and proposals, in threads: an opening comment and its replies.
-- A comment made on a draft names the owner party in only_for_party_id: it never leaves that party.

CREATE TABLE record_comment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    record_kind        VARCHAR(40)   NOT NULL,
    record_id          BIGINT        NOT NULL,
    meeting_id         BIGINT        NOT NULL,
    thread_id          BIGINT,
    author_user_id     BIGINT        NOT NULL,
    author_name        VARCHAR(200)  NOT NULL,
    author_party_id    BIGINT,
    only_for_party_id  BIGINT,
    body               VARCHAR(2000) NOT NULL,
    posted_at          DATETIME(6)   NOT NULL,
    resolved_by_name   VARCHAR(200),
    resolved_at        DATETIME(6),
    CONSTRAINT fk_comment_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_comment_thread FOREIGN KEY (thread_id) REFERENCES record_comment (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_record ON record_comment (record_kind, record_id, posted_at);
