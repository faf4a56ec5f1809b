package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.html.Span;
import org.jwc.secretariat.commitment.CommitmentStatus;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.Party;

/** Where one responsible party stands on a commitment, coloured by status; its data attributes let tests and styles read it. */
class StatusBadge extends Span {

    StatusBadge(Party party, CommitmentStatus status, Language language) {
        setText(getTranslation("commitment.badge", party.shortName().in(language), getTranslation("commitment.status." + status.name())));
        addClassName("commitment-status");
        getElement().setAttribute("data-party", party.code());
        getElement().setAttribute("data-status", status.name());
    }
}
