package org.jwc.secretariat.comment;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A comment was posted on a record: the owner party's users, and the author of the thread it
 * replies to, want to know. {@code onlyForPartyId} is set when only that party may read it.
 */
public record CommentPosted(long commentId, long meetingId, long ownerPartyId, long authorUserId, String authorName,
        @Nullable Long authorPartyId, @Nullable Long threadAuthorUserId, @Nullable Long onlyForPartyId,
        LocalizedText recordTitle, String recordPath) {
}
