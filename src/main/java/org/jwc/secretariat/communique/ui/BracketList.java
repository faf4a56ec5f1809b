package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.jwc.secretariat.base.ui.Buttons;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.communique.Bracket;
import org.jwc.secretariat.communique.BracketStatus;

/**
 * A paragraph's brackets: the open ones with who holds them, why and the wordings offered, which
 * the host resolves by keeping the text, taking an alternative or dropping the span; the resolved
 * ones in a line each, so that the outcome stays on record.
 */
class BracketList extends Div {

    BracketList(CommuniquePage page, List<Bracket> brackets) {
        addClassName("bracket-list");
        for (var bracket : brackets) {
            add(bracket.isOpen() ? open(page, bracket) : resolved(page, bracket));
        }
    }

    private Div open(CommuniquePage page, Bracket bracket) {
        var item = item(page, bracket);
        item.add(new Div(getTranslation("communique.bracket.open", page.partyName(bracket.holderPartyId()),
                bracket.spanVi(), bracket.spanZh(), bracket.reason(), bracket.openedBy())));
        var alternatives = bracket.alternatives();
        for (int i = 0; i < alternatives.size(); i++) {
            item.add(new Div(getTranslation("communique.bracket.alternative", String.valueOf(i + 1),
                    alternatives.get(i).vi(), alternatives.get(i).zh())));
        }
        if (page.hostEdits()) {
            var actions = new HorizontalLayout();
            var brackets = page.services().brackets();
            actions.add(button("communique.action.resolveKeep", "resolve-keep",
                    () -> page.act(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.KEPT, null))));
            for (int i = 0; i < alternatives.size(); i++) {
                int chosen = i;
                var take = button("communique.action.resolveAlternative", "resolve-alternative",
                        () -> page.act(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.REPLACED, chosen)));
                take.setText(getTranslation("communique.action.resolveAlternative", String.valueOf(i + 1)));
                take.getElement().setAttribute("data-alternative", String.valueOf(i));
                actions.add(take);
            }
            actions.add(button("communique.action.resolveDrop", "resolve-drop",
                    () -> page.act(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.DROPPED, null))));
            item.add(actions);
        }
        return item;
    }

    private Div resolved(CommuniquePage page, Bracket bracket) {
        var item = item(page, bracket);
        item.add(new Span(getTranslation("communique.bracket." + bracket.status().name(), page.partyName(bracket.holderPartyId()),
                bracket.spanVi(), bracket.spanZh(), String.valueOf(bracket.resolvedBy()),
                Times.format(bracket.resolvedAt(), page.zone(), getLocale()))));
        return item;
    }

    private static Div item(CommuniquePage page, Bracket bracket) {
        var item = new Div();
        item.addClassName("bracket");
        item.getElement().setAttribute("data-party", page.partyCode(bracket.holderPartyId()));
        item.getElement().setAttribute("data-status", bracket.status().name());
        return item;
    }

    private Button button(String key, String className, Runnable action) {
        return Buttons.small(getTranslation(key), className, action);
    }
}
