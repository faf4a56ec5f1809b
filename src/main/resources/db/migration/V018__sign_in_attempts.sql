-- Sign-in throttling where every node sees it (ADR 0021). Each password sign-in, failed or not, by
-- the name as typed (trimmed, lower case; also a name that is no account) and the client's address.
-- The back-off counts a name's failures from one address since its last success there; the ceiling
-- counts an address's failures across names. Rows older than the kept period are pruned.
CREATE TABLE sign_in_attempt (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username  VARCHAR(100) NOT NULL,
    address   VARCHAR(64)  NOT NULL,
    at        DATETIME(6)  NOT NULL,
    succeeded BOOLEAN      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX sign_in_attempt_pair ON sign_in_attempt (username, address, at);
CREATE INDEX sign_in_attempt_address ON sign_in_attempt (address, at);
CREATE INDEX sign_in_attempt_at ON sign_in_attempt (at);

-- The lock-out by name alone is gone: it let anyone lock a leader out. A lock in force ends here.
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;

-- The two latest sign-ins, so that a user is told of the failed attempts on their name in between.
ALTER TABLE app_user ADD COLUMN last_sign_in_at DATETIME(6) NULL;
ALTER TABLE app_user ADD COLUMN previous_sign_in_at DATETIME(6) NULL;
