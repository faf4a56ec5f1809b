package org.jwc.secretariat.communique;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.comment.CommentedRecord;
import org.jwc.secretariat.comment.CommentedRecords;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.stereotype.Component;

/** Every party comments on the communiqué's paragraphs; they belong to the host, who drafts them. */
@Component
class ParagraphComments implements CommentedRecords {

    private static final int TITLE = 80;

    private final CommuniqueService communiques;
    private final CommuniqueAccess access;
    private final MeetingService meetings;

    ParagraphComments(CommuniqueService communiques, CommuniqueAccess access, MeetingService meetings) {
        this.communiques = communiques;
        this.access = access;
        this.meetings = meetings;
    }

    @Override
    public String kind() {
        return Paragraph.KIND;
    }

    @Override
    public CommentedRecord find(long recordId) {
        var paragraph = communiques.paragraph(recordId);
        var meeting = meetings.get(access.byId(paragraph.communiqueId()).meetingId());
        var text = paragraph.text();
        return new CommentedRecord(Paragraph.KIND, recordId, meeting.id(), meeting.hostPartyId(), false,
                new LocalizedText(start(text.vi()), start(text.zh()), start(text.en())), CommuniqueAccess.link(meeting));
    }

    private static @Nullable String start(@Nullable String text) {
        return text == null || text.length() <= TITLE ? text : text.substring(0, TITLE) + "…";
    }
}
