-- Passkeys, the second factor's other kind (ADR 0022): Spring Security's
-- JdbcPublicKeyCredentialUserEntityRepository and JdbcUserCredentialRepository keep them here, for
-- every node to see. Spring's own schema (user-entities-schema.sql, user-credentials-schema.sql in
-- spring-security-web) with these changes, for H2 in MySQL mode and MariaDB alike:
-- - the ids are base64url text, so ASCII compared byte for byte: a case-insensitive collation
--   would take one credential for another, and 1,400 ASCII characters (a credential id's 1,023
--   bytes at most) stay within InnoDB's 3,072 bytes for a key where utf8mb4 would not;
-- - DATETIME(6) for the times, as everywhere here: MariaDB's TIMESTAMP would change by itself;
-- - a user name of up to 60 characters, as app_user's, once per user entity.
CREATE TABLE user_entities (
    id           VARCHAR(1400) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    name         VARCHAR(60)   NOT NULL,
    display_name VARCHAR(200)  NULL,
    CONSTRAINT user_entities_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_credentials (
    credential_id                VARCHAR(1400) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    user_entity_user_id          VARCHAR(1400) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    public_key                   BLOB          NOT NULL,
    signature_count              BIGINT        NULL,
    uv_initialized               BOOLEAN       NULL,
    backup_eligible              BOOLEAN       NOT NULL,
    authenticator_transports     VARCHAR(1000) NULL,
    public_key_credential_type   VARCHAR(100)  NULL,
    backup_state                 BOOLEAN       NOT NULL,
    attestation_object           BLOB          NULL,
    attestation_client_data_json BLOB          NULL,
    created                      DATETIME(6)   NULL,
    last_used                    DATETIME(6)   NULL,
    label                        VARCHAR(1000) NOT NULL,
    CONSTRAINT user_credentials_user_entity FOREIGN KEY (user_entity_user_id) REFERENCES user_entities (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX user_credentials_user ON user_credentials (user_entity_user_id);
