-- The second factor (ADR 0022). When the user first passed a one-time code sent to their e-mail
-- address: NULL until then, and again after an administrator resets their factors. Leaders and
-- administrators must pass the code at every sign-in whatever it holds; for delegates and
-- secretaries it holds their choice to do so.
ALTER TABLE app_user ADD COLUMN second_factor_since DATETIME(6) NULL;

-- Spring Security's JdbcOneTimeTokenService keeps the codes it sends here, for every node to see;
-- a code is deleted when used and is refused after it expires. As Spring's own schema, except that
-- a user name here is up to 60 characters.
CREATE TABLE one_time_tokens (
    token_value VARCHAR(36) NOT NULL PRIMARY KEY,
    username    VARCHAR(60) NOT NULL,
    expires_at  DATETIME(6) NOT NULL
);
