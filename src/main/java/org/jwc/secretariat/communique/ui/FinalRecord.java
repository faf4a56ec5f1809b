package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.communique.Approval;
import org.jwc.secretariat.communique.Communique;
import org.jwc.secretariat.communique.CommuniqueVersion;
import org.jwc.secretariat.party.Party;

/**
 * The final communiqué's record: which version, with its full SHA-256, and each leader's approval
 * of it (who, for which party, when, on which hash), as the parties would cite it.
 */
class FinalRecord extends Div {

    FinalRecord(Communique communique, List<CommuniqueVersion> versions, List<Approval> decisions, Map<Long, Party> parties,
            ZoneId zone) {
        addClassName("communique-final");
        var version = versions.stream().filter(v -> Objects.equals(v.id(), communique.finalVersionId())).findFirst().orElseThrow();
        getElement().setAttribute("data-number", String.valueOf(version.number()));
        getElement().setAttribute("data-sha256", version.sha256());
        // An imported communiqué was approved on paper: no leader approved it here.
        var mark = new Div(getTranslation(communique.imported() ? "communique.final.importedMark" : "communique.final.mark",
                version.number(), version.fingerprint(), Times.format(communique.finalAt(), zone, getLocale())));
        mark.addClassName("final-mark");
        add(mark, new Div(getTranslation("communique.final.hash", version.sha256())));
        decisions.stream().filter(d -> d.versionId() == version.id() && d.approved()).forEach(d -> {
            var party = parties.get(d.partyId());
            var line = new Span(getTranslation("communique.final.approval", party == null ? "" : party.name(UiLanguage.current()),
                    d.leaderName(), Times.format(d.decidedAt(), zone, getLocale()), d.sha256()));
            line.addClassName("approval-record");
            line.getElement().setAttribute("data-party", party == null ? "" : party.code());
            line.getElement().setAttribute("data-sha256", d.sha256());
            add(new Div(line));
        });
    }
}
