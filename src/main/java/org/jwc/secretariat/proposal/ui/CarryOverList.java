package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.LongConsumer;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalService;

/**
 * The party's proposals that the previous meeting deferred, offered while this one prepares: each
 * carried over becomes a draft here, so nothing agreed "to discuss later" is forgotten.
 */
class CarryOverList extends VerticalLayout {

    CarryOverList(ProposalService proposals, Meeting meeting, List<Proposal> deferred, Language language,
            LongConsumer onCarried) {
        addClassName("carry-over-list");
        setPadding(false);
        add(new H2(getTranslation("proposal.carryOver.title", meeting.number() - 1)),
                new Span(getTranslation("proposal.carryOver.help")));
        for (var original : deferred) {
            var href = "proposals/" + original.id();
            var title = new Anchor(href, original.title().in(language));
            var carry = new Button(getTranslation("proposal.action.carryOver"), e -> carry(proposals, original, onCarried));
            carry.addClassName("carry-over");
            carry.addThemeVariants(ButtonVariant.SMALL);
            var row = new HorizontalLayout(title, carry);
            row.setAlignItems(Alignment.BASELINE);
            row.getElement().setAttribute("data-proposal", String.valueOf(original.id()));
            add(row);
        }
    }

    /** Refused (carried over meanwhile by someone else of the party, say), the reason shows and nothing changes. */
    private void carry(ProposalService proposals, Proposal original, LongConsumer onCarried) {
        long carried;
        try {
            carried = proposals.carryOver(original.id()).id();
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageFor(e, getUI().orElseThrow()));
            return;
        }
        onCarried.accept(carried);
    }
}
