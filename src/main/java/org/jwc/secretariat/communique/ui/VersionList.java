package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.communique.CommuniqueExport;
import org.jwc.secretariat.communique.CommuniqueVersion;

/**
 * The circulated versions, newest first: number and fingerprint, who circulated it and when, what
 * was still pending or in brackets, so whether leaders could approve it, and its files.
 */
class VersionList extends Div {

    VersionList(List<CommuniqueVersion> versions, ZoneId zone, CommuniqueExport export) {
        addClassName("version-list");
        for (var version : versions.reversed()) {
            var row = new Div();
            row.addClassName("communique-version");
            row.getElement().setAttribute("data-number", String.valueOf(version.number()));
            row.getElement().setAttribute("data-fingerprint", version.fingerprint());
            row.getElement().setAttribute("data-approvable", String.valueOf(version.approvable()));
            row.add(new Span(getTranslation("communique.version.row", version.number(), version.fingerprint(),
                    version.circulatedBy(), Times.format(version.circulatedAt(), zone, getLocale()))));
            row.add(new Span(getTranslation("communique.version.open", version.pendingPairs(), version.openBrackets())));
            var approvable = new Span(getTranslation(version.approvable() ? "communique.version.approvable"
                    : "communique.version.notApprovable"));
            approvable.addClassName("version-approvable");
            row.add(approvable);
            row.add(new VersionDownloads(export, version));
            add(row);
        }
    }
}
