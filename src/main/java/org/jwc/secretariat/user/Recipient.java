package org.jwc.secretariat.user;

import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.security.Role;

/** Whom the platform tells something: where to write, in which language, and in the zone they chose (null: their party's). */
public record Recipient(long userId, String fullName, @Nullable String email, @Nullable Long partyId, Set<Role> roles,
        Language language, @Nullable ZoneId zone) {
}
