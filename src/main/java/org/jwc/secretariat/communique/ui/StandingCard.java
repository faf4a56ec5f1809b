package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.communique.CommuniqueVersion;
import org.jwc.secretariat.communique.PartyStanding;

/**
 * Where one taking-part party stands: its leader's latest decision, on which version, by whom and
 * when, the comment of a return, and whether that decision is stale (on an older version, so it no
 * longer counts towards the final text).
 */
class StandingCard extends Div {

    StandingCard(PartyStanding standing, List<CommuniqueVersion> versions, ZoneId zone) {
        addClassName("party-standing");
        var decision = standing.decision();
        var state = decision == null ? "NONE" : standing.stale() ? "STALE" : decision.decision().name();
        getElement().setAttribute("data-party", standing.party().code());
        getElement().setAttribute("data-state", state);
        var party = new Span(standing.party().name(UiLanguage.current()));
        party.addClassName("standing-party");
        add(party);
        if (decision == null) {
            add(new Span(getTranslation("communique.standing.NONE")));
            return;
        }
        var number = versions.stream().filter(v -> v.id() == decision.versionId()).map(CommuniqueVersion::number).findFirst().orElse(0);
        add(new Span(getTranslation("communique.standing." + decision.decision().name(), number, decision.fingerprint(),
                decision.leaderName(), Times.format(decision.decidedAt(), zone, getLocale()))));
        if (standing.stale()) {
            var stale = new Span(getTranslation("communique.standing.STALE"));
            stale.addClassName("standing-stale");
            add(stale);
        }
        if (decision.comment() != null) {
            var comment = new Div(getTranslation("communique.standing.comment", decision.comment()));
            comment.addClassName("return-comment");
            add(comment);
        }
    }
}
