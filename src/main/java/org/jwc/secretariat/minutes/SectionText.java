package org.jwc.secretariat.minutes;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** What a writer sets on a section: its heading and its body, per language. */
public record SectionText(@Nullable LocalizedText heading, @Nullable LocalizedText body) {
}
