package org.jwc.secretariat.user;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.security.Role;

/** Whom the platform tells something: where to write, and in which language. */
public record Recipient(long userId, String fullName, @Nullable String email, @Nullable Long partyId, Set<Role> roles,
        Language language) {
}
