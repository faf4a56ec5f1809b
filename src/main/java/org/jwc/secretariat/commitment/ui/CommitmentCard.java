package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.jwc.secretariat.commitment.CommitmentView;

/**
 * One commitment in the list: which meeting and paragraph it is, its area, its text in the reader's
 * language (the other official language one click away), and each responsible party's status.
 */
class CommitmentCard extends Div {

    CommitmentCard(CommitmentContext context, CommitmentView view, Consumer<CommitmentView> open) {
        var commitment = view.commitment();
        addClassName("commitment-row");
        getElement().setAttribute("data-commitment", String.valueOf(commitment.id()));
        var meeting = new Span(getTranslation("commitment.meetingNumber", context.meetingNumber(commitment.meetingId())));
        meeting.addClassName("commitment-meeting");
        var paragraph = new Span(getTranslation("commitment.paragraph", commitment.paragraphNumber()));
        paragraph.addClassName("commitment-paragraph");
        var area = new Span(context.areas().path(commitment.areaId(), context.language()));
        area.addClassName("commitment-area");
        // A button, not a clickable card: it is reached and pressed from the keyboard like any other.
        var details = new Button(getTranslation("commitment.action.details"), e -> open.accept(view));
        details.addClassName("open-commitment");
        details.addThemeVariants(ButtonVariant.TERTIARY);
        var header = new Div(meeting, paragraph, area, details);
        header.addClassName("commitment-header");
        add(header, new OfficialText(commitment.text(), context.language()), badges(context, view));
    }

    static Div badges(CommitmentContext context, CommitmentView view) {
        var badges = new Div();
        badges.addClassName("commitment-parties");
        context.responsible(view).forEach(p -> badges.add(
                new StatusBadge(context.party(p.partyId()), context.responsibleName(p.partyId(), true), p.status())));
        return badges;
    }
}
