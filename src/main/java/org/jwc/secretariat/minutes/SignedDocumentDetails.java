package org.jwc.secretariat.minutes;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** What the host enters about a signed document; its file comes separately and never changes. */
public record SignedDocumentDetails(@Nullable LocalizedText title, @Nullable DocumentKind kind,
        @Nullable Set<Long> signatoryPartyIds, @Nullable LocalDate signedOn) {
}
