-- The security log (issue 15, ADR 0024): append-only, one row per SecurityEvent. The application
-- only inserts and reads it; nothing updates or deletes a row, and everything is kept.
CREATE TABLE security_log (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at       DATETIME(6)  NOT NULL,
    kind     VARCHAR(40)  NOT NULL,
    username VARCHAR(100) NULL,
    actor    VARCHAR(100) NULL,
    address  VARCHAR(64)  NULL,
    detail   VARCHAR(500) NULL
);
CREATE INDEX security_log_at ON security_log (at);
CREATE INDEX security_log_username ON security_log (username);
CREATE INDEX security_log_kind ON security_log (kind);
