package org.jwc.secretariat.comment;

/**
 * Implemented by each module whose records take comments. {@link #find} reads the record through
 * that module's own service, so it refuses a record the current user may not see.
 */
public interface CommentedRecords {

    String kind();

    CommentedRecord find(long recordId);
}
