package org.jwc.secretariat.communique;

import java.nio.charset.StandardCharsets;
import org.jwc.secretariat.base.Sha256;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of a communiqué's text: JSON of its records in their declared order, every
 * field present, so that the same text always gives the same bytes and the same SHA-256.
 */
record Canonical(String json, String sha256) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FINGERPRINT = 8;

    static Canonical of(CommuniqueText text) {
        var json = JSON.writeValueAsString(text);
        return new Canonical(json, Sha256.hex(json.getBytes(StandardCharsets.UTF_8)));
    }

    static CommuniqueText read(String json) {
        return JSON.readValue(json, CommuniqueText.class);
    }

    static String fingerprint(String sha256) {
        return sha256.substring(0, FINGERPRINT);
    }

}
