package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jwc.secretariat.commitment.CommitmentView;
import org.jwc.secretariat.commitment.LatestNotes;

/**
 * A commitment a meeting reviews: its paragraph, area and text, and for each responsible party its
 * status and its latest report, what the delegations discuss; its details one link away.
 */
class ReviewCard extends Div {

    ReviewCard(CommitmentContext context, CommitmentView view, LatestNotes latest) {
        var commitment = view.commitment();
        addClassName("review-commitment");
        getElement().setAttribute("data-commitment", String.valueOf(commitment.id()));
        var paragraph = new Span(getTranslation("commitment.paragraph", commitment.paragraphNumber()));
        paragraph.addClassName("commitment-paragraph");
        var area = new Span(context.areas().path(commitment.areaId(), context.language()));
        area.addClassName("commitment-area");
        var details = new Anchor(CommitmentsView.detailsAddress(context.meetingNumber(commitment.meetingId()), commitment.id()),
                getTranslation("commitment.action.details"));
        details.addClassName("open-details");
        // Handled by the router in the browser, without reloading the application.
        details.getElement().setAttribute("router-link", true);
        var header = new Div(paragraph, area, details);
        header.addClassName("commitment-header");
        add(header, new OfficialText(commitment.text(), context.language()));
        for (var party : context.responsible(view)) {
            var row = new Div(new StatusBadge(context.party(party.partyId()), context.responsibleName(party.partyId(), true), party.status()));
            row.addClassName("review-party");
            row.getElement().setAttribute("data-party", context.party(party.partyId()).code());
            var note = latest.of(commitment.id(), party.partyId());
            var text = new Span(note == null ? getTranslation("commitment.notes.none")
                    : getTranslation("commitment.note.latest", NoteCard.date(note, getLocale()),
                            note.text().in(context.language())));
            text.addClassName(note == null ? "no-note" : "latest-note");
            row.add(text);
            add(row);
        }
    }
}
