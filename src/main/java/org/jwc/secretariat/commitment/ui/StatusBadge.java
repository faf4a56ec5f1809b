package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.html.Span;
import org.jwc.secretariat.commitment.CommitmentStatus;
import org.jwc.secretariat.party.Party;

/** Where one responsible party stands on a commitment, coloured by status; its data attributes let tests and styles read it. */
class StatusBadge extends Span {

    /** @param name the party as the page names it (its short name, or its successor's with its own) */
    StatusBadge(Party party, String name, CommitmentStatus status) {
        setText(getTranslation("commitment.badge", name, getTranslation("commitment.status." + status.name())));
        addClassName("commitment-status");
        getElement().setAttribute("data-party", party.code());
        getElement().setAttribute("data-status", status.name());
    }
}
