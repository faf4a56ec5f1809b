package org.jwc.secretariat.secondfactor;

import java.net.URI;
import java.util.Set;

/**
 * Who asks for a passkey, as the browser checks it: the platform's host (the relying party's id, to
 * which a passkey is bound) and its origin, both from {@code jwc.public-url}. Without that address a
 * passkey could be bound to nothing that users open, so none is offered.
 *
 * @param id the host of the public address, "localhost" in development
 * @param origins the one origin passkeys are accepted from, e.g. "https://jwc.example"
 */
record RelyingParty(String id, String name, Set<String> origins) {

    static RelyingParty of(String publicUrl, String name) {
        if (publicUrl.isBlank()) {
            return new RelyingParty("localhost", name, Set.of());
        }
        var address = URI.create(publicUrl.strip());
        var port = address.getPort() == -1 ? "" : ":" + address.getPort();
        return new RelyingParty(address.getHost(), name, Set.of(address.getScheme() + "://" + address.getHost() + port));
    }

    boolean configured() {
        return !origins.isEmpty();
    }
}
