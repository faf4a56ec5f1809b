package org.jwc.secretariat.comment;

import org.jwc.secretariat.i18n.LocalizedText;

/**
 * What the comment module needs to know of a record the current user may see.
 *
 * @param draft whether the record is still its owner party's draft: comments on it stay inside that party
 * @param title what the record is called, to name it in a notification
 * @param path where the record is shown, relative to the application's address
 */
record CommentedRecord(String kind, long recordId, long meetingId, long ownerPartyId, boolean draft,
        LocalizedText title, String path) {
}
