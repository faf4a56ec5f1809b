package org.jwc.secretariat.notification;

import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.party.Party;
import org.springframework.stereotype.Component;

/** A notification's sentence in one language, with times in the reader's zone. */
@Component
class NotificationText {

    private final Translations translations;

    NotificationText(Translations translations) {
        this.translations = translations;
    }

    String message(UserNotification n, Language language, ZoneId zone, Map<Long, Party> parties) {
        var subject = n.subject().in(language);
        var party = partyName(n.actorPartyId(), language, parties);
        return switch (n.kind()) {
            case PROPOSAL_ADDRESSED -> translate(language, "notification.proposalAddressed", party, subject);
            case RESPONSE_RECEIVED -> translate(language, "notification.responseReceived", party, subject);
            case COMMENT_POSTED -> translate(language, "notification.commentPosted", n.actorName(), party, subject);
            case DEADLINE_NEAR -> translate(language, "notification.deadlineNear", subject,
                    Times.format(n.dueAt(), zone, language.locale()));
            case STATEMENT_TO_CONFIRM -> translate(language, "notification.statementToConfirm", n.actorName(), party, subject);
            case MINUTES_REOPENED -> translate(language, "notification.minutesReopened", n.actorName(), party, subject);
            case COMMUNIQUE_CIRCULATED -> translate(language, "notification.communiqueCirculated", n.actorName(), party, subject);
            case COMMUNIQUE_RETURNED -> translate(language, "notification.communiqueReturned", n.actorName(), party, subject);
            case COMMUNIQUE_FINAL -> translate(language, "notification.communiqueFinal", subject);
        };
    }

    String translate(Language language, String key, @Nullable Object... args) {
        return translations.getTranslation(key, language.locale(), args);
    }

    private static String partyName(@Nullable Long partyId, Language language, Map<Long, Party> parties) {
        var party = partyId == null ? null : parties.get(partyId);
        return party == null ? "—" : party.name(language);
    }
}
