package org.jwc.secretariat.communique;

import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/** A paragraph names a party (or the committee) in one official language but not in the other. */
public record TermWarning(long paragraphId, LocalizedText term, Language missingIn) {
}
