package org.jwc.secretariat.commitment.ui;

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
import org.jwc.secretariat.commitment.CommitmentReport;
import org.jwc.secretariat.export.ExportFormat;
import org.jwc.secretariat.i18n.Language;

/**
 * A meeting's implementation report as files: DOCX and PDF, in Vietnamese and in Chinese (two texts
 * of equal standing), each made when it is downloaded, so that it carries the latest reports.
 */
class ReportDownloads extends HorizontalLayout {

    ReportDownloads(CommitmentReport report, long meetingId) {
        addClassName("report-downloads");
        setWrap(true);
        for (var language : List.of(Language.VI, Language.ZH)) {
            for (var format : ExportFormat.values()) {
                var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                    try {
                        var bytes = report.export(meetingId, language, format);
                        return new DownloadResponse(new ByteArrayInputStream(bytes), report.fileName(meetingId, language, format),
                                format.contentType(), bytes.length);
                    } catch (RuntimeException e) {
                        // The download is its own request: the refusal is told on the page the reader is looking at.
                        event.getUI().access(() -> Notifications.error(ErrorHandling.messageFor(e, event.getUI())));
                        return DownloadResponse.error(HttpStatusCode.BAD_REQUEST, e);
                    }
                }), getTranslation("commitment.action.download", format.name(), getTranslation("language.native." + language.name())));
                link.addClassName("report-" + format.extension() + "-" + language.name().toLowerCase(Locale.ROOT));
                add(link);
            }
        }
    }
}
