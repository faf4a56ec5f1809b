package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.commitment.CommitmentService;
import org.jwc.secretariat.commitment.CommitmentView;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingPagePanel;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.party.Successions;

/**
 * On the page of a meeting in preparation: the earlier meetings' commitments not yet done by all,
 * each with every responsible party's status, linked to its details; the review page has the notes.
 */
@org.springframework.stereotype.Component
class ReviewPanel implements MeetingPagePanel {

    private final CommitmentService commitments;
    private final MeetingService meetings;
    private final PartyService parties;
    private final Translations translations;
    private final Clock clock;

    ReviewPanel(CommitmentService commitments, MeetingService meetings, PartyService parties, Translations translations,
            Clock clock) {
        this.commitments = commitments;
        this.meetings = meetings;
        this.parties = parties;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    public Optional<Component> panelFor(Meeting meeting) {
        if (meeting.phase() != Phase.PREPARATION) {
            return Optional.empty();
        }
        var found = commitments.underReview(meeting.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var panel = new Div(new H2(t("commitment.review.panel", found.size())));
        panel.addClassName("review-panel");
        // The parties and who acts for them, read once for the panel, not once a row.
        var byId = parties.byId();
        var successions = parties.successionsOn(LocalDate.now(clock));
        found.forEach(view -> panel.add(row(view, byId, successions)));
        return Optional.of(panel);
    }

    private Div row(CommitmentView view, Map<Long, Party> byId, Successions successions) {
        var language = UiLanguage.current();
        var commitment = view.commitment();
        var number = meetings.get(commitment.meetingId()).number();
        var link = new Anchor(CommitmentsView.detailsAddress(number, commitment.id()),
                t("commitment.review.paragraph", number, commitment.paragraphNumber()));
        var text = new Span(commitment.text().in(language));
        text.addClassName("commitment-text");
        var row = new Div(link, text);
        row.addClassName("review-commitment");
        row.getElement().setAttribute("data-commitment", String.valueOf(commitment.id()));
        view.parties().forEach(p -> row.add(new StatusBadge(byId.get(p.partyId()),
                CommitmentContext.responsibleName(successions, p.partyId(), language, true), p.status())));
        return row;
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, UiLanguage.current().locale(), args);
    }
}
