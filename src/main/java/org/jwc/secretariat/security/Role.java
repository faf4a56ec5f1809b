package org.jwc.secretariat.security;

/** What a user does in the committee's work (DESIGN §5). Fixed by the rules, so not data. */
public enum Role {
    DELEGATE,
    SECRETARY,
    LEADER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
