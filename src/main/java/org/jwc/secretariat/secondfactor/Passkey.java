package org.jwc.secretariat.secondfactor;

import java.time.Instant;

/**
 * One of a user's passkeys as their page lists it: what they called it, when it was added and last used.
 *
 * @param id the credential's id, base64url, as Spring Security keeps it
 */
public record Passkey(String id, String label, Instant created, Instant lastUsed) {
}
