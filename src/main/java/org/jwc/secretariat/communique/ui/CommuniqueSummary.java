package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.communique.BracketText;
import org.jwc.secretariat.communique.CommuniqueVersion;

/**
 * Where the communiqué stands at a glance: draft or final, the latest circulated version and its
 * fingerprint, the pairs awaiting confirmation, and the open brackets each party holds.
 */
class CommuniqueSummary extends HorizontalLayout {

    CommuniqueSummary(CommuniquePage page, @Nullable CommuniqueVersion latest) {
        addClassName("communique-summary");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        var status = page.communique().status();
        add(labelled("communique-status", "data-state", status.name(), getTranslation("communique.status." + status.name())));
        if (page.communique().imported()) {
            add(labelled("communique-imported", "data-imported", "true", getTranslation("communique.imported")));
        }
        add(latest == null
                ? labelled("latest-version", "data-number", "0", getTranslation("communique.noVersion"))
                : labelled("latest-version", "data-number", String.valueOf(latest.number()),
                        getTranslation("communique.latestVersion", latest.number(), latest.fingerprint())));
        var notImported = page.notImported();
        if (notImported != null) {
            add(labelled("language-not-imported", "data-language", notImported.name(), page.notImportedNote()));
        } else if (!page.communique().imported()) {
            var pending = page.text().pendingPairs();
            add(labelled("pending-count", "data-count", String.valueOf(pending), getTranslation("communique.pendingPairs", pending)));
        }
        for (var party : page.takingPart()) {
            var open = page.text().paragraphs().stream().flatMap(p -> p.brackets().stream())
                    .map(BracketText::holderPartyId).filter(id -> id == party.id()).count();
            var count = labelled("bracket-count", "data-count", String.valueOf(open),
                    getTranslation("communique.bracketCount", page.partyName(party.id()), open));
            count.getElement().setAttribute("data-party", party.code());
            add(count);
        }
    }

    private static Span labelled(String className, String attribute, String value, String text) {
        var span = new Span(text);
        span.addClassName(className);
        span.getElement().setAttribute(attribute, value);
        return span;
    }
}
