package org.jwc.secretariat.user;

import java.time.Instant;
import java.util.List;

/**
 * The failed attempts on a user's name between their previous sign-in and this one, told to them
 * once after signing in: how many, the latest, and the addresses of the latest few.
 */
public record FailedSignIns(long count, Instant latest, List<String> addresses) {

    static final int ADDRESSES_SHOWN = 3;
}
