package org.jwc.secretariat.security;

import org.jspecify.annotations.Nullable;

/**
 * Something the security log keeps (issue 15): published by whoever acts, inside or outside a
 * transaction, and recorded append-only by the log. Names accounts, never passwords or codes.
 *
 * @param username the account it concerns, as typed at sign-in for a failure (may be no account)
 * @param actor who did it when that is someone else (an administrator resetting a factor), else null
 * @param address the client's address as the trusted proxy reports it, when there was a request
 * @param detail a short fact in plain text (the roles before and after, a file's name), or null
 */
public record SecurityEvent(Kind kind, @Nullable String username, @Nullable String actor, @Nullable String address,
        @Nullable String detail) {

    public enum Kind {
        SIGN_IN,
        SIGN_IN_FAILED,
        SIGN_IN_THROTTLED,
        SECOND_FACTOR_PASSED,
        SECOND_FACTOR_FAILED,
        FACTOR_ENROLLED,
        FACTORS_RESET,
        PASSWORD_CHANGED,
        PASSWORD_RESET,
        ACCOUNT_CREATED,
        ROLES_CHANGED,
        PARTY_CHANGED,
        ACCOUNT_ENABLED_CHANGED,
        FINAL_TEXT_EXPORTED
    }
}
