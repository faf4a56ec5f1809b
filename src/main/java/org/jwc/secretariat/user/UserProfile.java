package org.jwc.secretariat.user;

import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.security.Role;

/**
 * What an administrator enters about a user; the username cannot change once created. No time zone
 * means the party's (UTC for a user of no party).
 */
public record UserProfile(
        String username,
        String fullName,
        @Nullable String jobTitle,
        @Nullable String email,
        @Nullable Long partyId,
        Set<Role> roles,
        Language preferredLanguage,
        @Nullable ZoneId timeZone,
        boolean enabled) {
}
