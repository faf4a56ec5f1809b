package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.communique.CommuniqueExport;
import org.jwc.secretariat.communique.CommuniqueVersion;
import org.jwc.secretariat.communique.Edition;
import org.jwc.secretariat.export.ExportFormat;

/**
 * One circulated version as files: DOCX and PDF, in Vietnamese, in Chinese (two texts of equal
 * standing) and bilingual in parallel columns, each made from that version's frozen text.
 */
class VersionDownloads extends HorizontalLayout {

    VersionDownloads(CommuniqueExport export, CommuniqueVersion version) {
        this(export, version, List.of(Edition.values()));
    }

    /** Only these editions: an imported text in one language has no other. */
    VersionDownloads(CommuniqueExport export, CommuniqueVersion version, List<Edition> editions) {
        addClassName("version-downloads");
        setWrap(true);
        for (var edition : editions) {
            for (var format : ExportFormat.values()) {
                var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                    try {
                        var bytes = export.export(version.id(), edition, format);
                        return new DownloadResponse(new ByteArrayInputStream(bytes), export.fileName(version.id(), edition, format),
                                format.contentType(), bytes.length);
                    } catch (RuntimeException e) {
                        // The download is its own request: the refusal is told on the page the reader is looking at.
                        event.getUI().access(() -> Notifications.error(ErrorHandling.messageFor(e, event.getUI())));
                        return DownloadResponse.error(HttpStatusCode.BAD_REQUEST, e);
                    }
                }), getTranslation("communique.action.download", format.name(), getTranslation("communique.edition." + edition.name())));
                link.addClassName("export-" + format.extension() + "-" + edition.name().toLowerCase(Locale.ROOT));
                add(link);
            }
        }
    }
}
