package org.jwc.secretariat.comment;

import java.util.List;

/** A comment that opened a thread and the replies to it, oldest first. */
public record CommentThread(Comment opening, List<Comment> replies) {
}
