package org.jwc.secretariat.communique.past;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** A cooperation area as {@link PastCommuniqueParser} matches section headings against it. */
public record AreaName(long id, @Nullable Long parentId, LocalizedText name) {
}
