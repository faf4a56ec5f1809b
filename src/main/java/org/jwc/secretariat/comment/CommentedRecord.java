package org.jwc.secretariat.comment;

/**
 * What the comment module needs to know of a record the current user may see.
 *
 * @param draft whether the record is still its owner party's draft: comments on it stay inside that party
 */
public record CommentedRecord(String kind, long recordId, long meetingId, long ownerPartyId, boolean draft) {
}
