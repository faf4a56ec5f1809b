package org.jwc.secretariat.user;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.security.Role;

/** What an administrator enters about a user; the username cannot change once created. */
public record UserProfile(
        String username,
        String fullName,
        @Nullable String jobTitle,
        @Nullable String email,
        @Nullable Long partyId,
        Set<Role> roles,
        Language preferredLanguage,
        boolean enabled) {
}
