package org.jwc.secretariat.security;

/** Knows whether sign-in under a name is blocked after too many failed attempts. */
public interface LoginThrottle {

    /** Blocked now, whether or not such a user exists (the answer must not reveal that). */
    boolean isBlocked(String username);
}
