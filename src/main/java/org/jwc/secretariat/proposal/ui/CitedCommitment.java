package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.UI;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.proposal.FollowedUp;

/** A followed-up commitment as the reader cites it: "¶3 of the 17th meeting: the start of its text…". */
final class CitedCommitment {

    /** Enough of a paragraph to recognise it; the commitments page has the whole. */
    private static final int START = 80;

    private CitedCommitment() {
    }

    static String label(FollowedUp commitment, Language language) {
        var text = commitment.text().in(language);
        var start = text.length() <= START ? text : text.substring(0, START) + "…";
        return UI.getCurrent().getTranslation("proposal.followsUp.commitment", commitment.paragraphNumber(),
                commitment.meetingNumber(), start);
    }

    /** The page of the commitments of the meeting that made it, by address: this module cannot depend on that one's views. */
    static String href(FollowedUp commitment) {
        return "meetings/" + commitment.meetingNumber() + "/commitments";
    }
}
