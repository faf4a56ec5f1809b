package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jwc.secretariat.base.TextDiff;
import org.jwc.secretariat.base.ui.DiffText;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalResponse;

/** Each addressed party's position, with its comment and amended text; parties yet to respond are named. */
class ResponseList extends VerticalLayout {

    ResponseList(List<ProposalResponse> responses, Proposal proposal, Map<Long, Party> parties, Language language,
            Consumer<ProposalResponse> showHistory) {
        setPadding(false);
        addClassName("responses");
        for (var r : responses) {
            var card = new Div();
            card.addClassName("response");
            card.add(new H3(parties.get(r.partyId()).name(language) + ": "
                    + getTranslation("proposal.position." + r.position().name())));
            if (r.comment() != null) {
                var comment = new Div();
                comment.setText(r.comment());
                comment.getStyle().set("white-space", "pre-wrap");
                card.add(comment);
            }
            if (!r.amendedText().isBlank()) {
                card.add(new Span(getTranslation("proposal.field.amendedText")), changes(proposal, r));
            }
            var versions = new Button(getTranslation("proposal.action.history"), e -> showHistory.accept(r));
            versions.addClassName("response-history");
            versions.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            card.add(versions);
            add(card);
        }
        var waiting = proposal.counterpartPartyIds().stream()
                .filter(id -> responses.stream().noneMatch(r -> r.partyId() == id)).toList();
        if (!waiting.isEmpty() && proposal.status().isOpen()) {
            add(new Span(getTranslation("proposal.responses.waiting", ProposalView.names(waiting, parties, language))));
        }
    }

    /** The amended text per official language, its changes against the proposal's text marked. */
    private static HorizontalLayout changes(Proposal proposal, ProposalResponse response) {
        var pair = new HorizontalLayout();
        pair.addClassName("amended-text");
        pair.setWidthFull();
        for (var language : List.of(Language.VI, Language.ZH)) {
            var diff = DiffText.combined(TextDiff.between(proposal.text().get(language),
                    response.amendedText().get(language), language));
            diff.getStyle().set("flex", "1 1 0");
            diff.getElement().setAttribute("lang", language.locale().toLanguageTag());
            pair.add(diff);
        }
        return pair;
    }
}
