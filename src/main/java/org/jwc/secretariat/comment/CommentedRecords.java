package org.jwc.secretariat.comment;

import java.util.function.LongFunction;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * The records of one kind that take comments. Each module whose records do declares one as a bean
 * with {@link #of}: its kind, and how it reads one record through its own service, which refuses a
 * record the current user may not see, saying what the comment module needs to know of it.
 */
public final class CommentedRecords {

    private final String kind;
    private final LongFunction<About> read;

    private CommentedRecords(String kind, LongFunction<About> read) {
        this.kind = kind;
        this.read = read;
    }

    public static CommentedRecords of(String kind, LongFunction<About> read) {
        return new CommentedRecords(kind, read);
    }

    String kind() {
        return kind;
    }

    CommentedRecord find(long recordId) {
        var about = read.apply(recordId);
        return new CommentedRecord(kind, recordId, about.meetingId(), about.ownerPartyId(), about.draft(), about.title(),
                about.path());
    }

    /**
     * A record as the comment module needs to know it.
     *
     * @param draft whether the record is still its owner party's draft: comments on it stay inside that party
     * @param title what the record is called, to name it in a notification
     * @param path where the record is shown, relative to the application's address
     */
    public record About(long meetingId, long ownerPartyId, boolean draft, LocalizedText title, String path) {
    }
}
