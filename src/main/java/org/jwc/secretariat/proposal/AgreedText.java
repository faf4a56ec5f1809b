package org.jwc.secretariat.proposal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * The text a meeting agreed and who wrote it: the owner party (its proposal's text), a counterpart
 * party (the amended text of its response) or the host party, whose secretary wrote it at a time.
 */
public record AgreedText(LocalizedText text, Source source, long partyId, @Nullable String authorName,
        @Nullable Instant writtenAt) {

    /** Where the agreed wording came from. */
    public enum Source {
        PROPOSAL,
        AMENDMENT,
        HOST
    }
}
