package org.jwc.secretariat.security;

/** What a user does in the committee's work (DESIGN §5). Fixed by the rules, so not data. */
public enum Role {
    DELEGATE,
    SECRETARY,
    LEADER,
    ADMIN,
    /** Creates committees and administers every one of them (ADR 0025); held beside the roles of a committee. */
    PLATFORM_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
