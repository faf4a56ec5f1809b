package org.jwc.secretariat.minutes;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A party's confirmed statement was edited, or the minutes reopened: the party is asked to confirm
 * its statement again.
 */
public record StatementToConfirm(long meetingId, long sectionId, long partyId, long editorUserId, String editorName,
        @Nullable Long editorPartyId, LocalizedText meetingTitle, String link, boolean reopened) {
}
