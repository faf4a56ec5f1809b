package org.jwc.secretariat.communique;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.comment.CommentedRecords;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every party comments on the communiqué's paragraphs; they belong to the host, who drafts them. */
@Configuration(proxyBeanMethods = false)
class ParagraphComments {

    private static final int TITLE = 80;

    @Bean
    CommentedRecords commentedParagraphs(CommuniqueService communiques, CommuniqueAccess access, MeetingService meetings) {
        return CommentedRecords.of(Paragraph.KIND, id -> {
            var paragraph = communiques.paragraph(id);
            var meeting = meetings.get(access.byId(paragraph.communiqueId()).meetingId());
            var text = paragraph.text();
            return new CommentedRecords.About(meeting.id(), meeting.hostPartyId(), false,
                    new LocalizedText(start(text.vi()), start(text.zh()), start(text.en())), CommuniqueAccess.link(meeting));
        });
    }

    private static @Nullable String start(@Nullable String text) {
        return text == null || text.length() <= TITLE ? text : text.substring(0, TITLE) + "…";
    }
}
