package org.jwc.secretariat.securitylog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.security.SecurityEvent;

/**
 * What the administrator looks for; every part is optional.
 *
 * @param from entries at or after this instant
 * @param to entries before this instant
 * @param username part of the account's name (or the actor's), in any case
 * @param address the client address as it begins (a network: "203.0.113.")
 */
public record SecurityLogFilter(@Nullable Instant from, @Nullable Instant to, SecurityEvent.@Nullable Kind kind,
        @Nullable String username, @Nullable String address) {

    public static final SecurityLogFilter ALL = new SecurityLogFilter(null, null, null, null, null);
}
