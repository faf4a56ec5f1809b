package org.jwc.secretariat.proposal;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** A counterpart's position, with the amended text when it supports the proposal with changes. */
public record ResponseDraft(@Nullable Position position, LocalizedText amendedText, @Nullable String comment) {
}
