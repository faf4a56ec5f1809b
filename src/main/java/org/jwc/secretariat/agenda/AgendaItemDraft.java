package org.jwc.secretariat.agenda;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** What a party's delegate or secretary writes about an agenda item. */
public record AgendaItemDraft(
        LocalizedText title,
        LocalizedText description,
        AgendaItemKind kind,
        int durationMinutes,
        @Nullable String speaker) {
}
