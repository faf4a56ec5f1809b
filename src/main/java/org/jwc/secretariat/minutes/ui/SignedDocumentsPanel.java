package org.jwc.secretariat.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.ui.Buttons;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.NarrowScreen;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.minutes.SignedDocument;
import org.jwc.secretariat.minutes.SignedDocumentService;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;

/**
 * The register of a meeting's signed documents, for the minutes page: every reader sees the
 * entries and downloads their files; the host's secretary registers, edits and removes them. It
 * redraws after its own changes; others' reach it with the page, which redraws on every change of
 * the minutes.
 */
class SignedDocumentsPanel extends VerticalLayout {

    private final SignedDocumentService documents;
    private final long meetingId;
    private final boolean mayRegister;
    private final Language language;
    private final List<Party> parties;
    /** The parties that may sign: those that were members when the meeting took place. */
    private final List<Party> signatories;
    private final Grid<SignedDocument> grid = new Grid<>();
    private final Span empty = new Span(getTranslation("documents.empty"));

    SignedDocumentsPanel(SignedDocumentService documents, PartyService parties, MeetingService meetings,
            long meetingId, boolean mayRegister, Language language) {
        this.documents = documents;
        this.meetingId = meetingId;
        this.mayRegister = mayRegister;
        this.language = language;
        this.parties = parties.all();
        var meetingDay = LocalDate.ofInstant(meetings.get(meetingId).startsAt(), ZoneOffset.UTC);
        this.signatories = parties.activeOn(meetingDay);
        addClassName("signed-documents");
        setPadding(false);
        var heading = new HorizontalLayout(new H2(getTranslation("documents.heading")));
        heading.setAlignItems(Alignment.BASELINE);
        if (mayRegister) {
            var register = new Button(getTranslation("documents.action.register"), e -> open(null));
            register.addClassName("register-document");
            register.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            heading.add(register);
        }
        columns();
        grid.setAllRowsVisible(true);
        grid.addClassName("signed-documents-grid");
        add(heading, empty, grid);
        refresh();
    }

    private void columns() {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        grid.addColumn(d -> d.title().in(language)).setHeader(getTranslation("documents.field.title")).setFlexGrow(3);
        var kind = grid.addColumn(d -> getTranslation("documents.kind." + d.kind().name())).setHeader(getTranslation("documents.field.kind"));
        var signatories = grid.addColumn(this::signatoryNames).setHeader(getTranslation("documents.field.signatories")).setFlexGrow(2);
        var signedOn = grid.addColumn(d -> d.signedOn() == null ? "" : dates.format(d.signedOn()))
                .setHeader(getTranslation("documents.field.signedOn"));
        grid.addComponentColumn(this::download).setHeader(getTranslation("documents.field.file")).setFlexGrow(2);
        var size = grid.addColumn(d -> size(this, d.sizeBytes())).setHeader(getTranslation("documents.field.size")).setAutoWidth(true);
        var checksum = grid.addComponentColumn(SignedDocumentsPanel::fingerprint).setHeader(getTranslation("documents.field.checksum"))
                .setAutoWidth(true);
        NarrowScreen.hideOnPhones(grid, kind, signatories, signedOn, size, checksum);
        if (mayRegister) {
            grid.addComponentColumn(d -> new HorizontalLayout(
                    button("action.edit", "edit-document", () -> open(d)),
                    button("documents.action.remove", "remove-document", () -> confirmRemove(d)))).setAutoWidth(true);
        }
    }

    private void refresh() {
        try {
            var list = documents.list(meetingId);
            grid.setItems(list);
            grid.setVisible(!list.isEmpty());
            empty.setVisible(list.isEmpty());
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageFor(e, UI.getCurrent()));
        }
    }

    /** Signatories in the reader's language, in the committee's order of parties. */
    private String signatoryNames(SignedDocument document) {
        return parties.stream().filter(p -> document.signatoryPartyIds().contains(p.id()))
                .map(p -> p.name(language)).collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
    }

    /** A link that fetches the file when clicked, as the reader: the service checks it against its checksum first. */
    private Anchor download(SignedDocument document) {
        var documentId = document.id();
        var handler = DownloadHandler.fromInputStream(event -> {
            try {
                var file = documents.file(documentId);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(), file.bytes().length);
            } catch (RefusedException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND, e.messageKey());
            }
        });
        var link = new Anchor(handler, AttachmentType.DOWNLOAD, document.fileName());
        link.addClassName("download-document");
        return link;
    }

    /** The first 12 hex digits, enough to tell files apart by eye; the whole checksum on hover. */
    private static Component fingerprint(SignedDocument document) {
        var span = new Span(document.sha256().substring(0, 12) + "…");
        span.getElement().setAttribute("title", document.sha256());
        span.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        return span;
    }

    private void open(@Nullable SignedDocument document) {
        new SignedDocumentDialog(documents, meetingId, signatories, language, document, saved -> refresh()).open();
    }

    private void confirmRemove(SignedDocument document) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("documents.action.remove"));
        dialog.setText(getTranslation("documents.remove.confirm", document.title().in(language)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("documents.action.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                documents.remove(document.id(), document.getVersion());
                Notifications.success(getTranslation("documents.removed"));
            } catch (RuntimeException ex) {
                Notifications.error(ErrorHandling.messageFor(ex, UI.getCurrent()));
            }
            refresh();
        });
        dialog.addClassName("remove-document-dialog");
        dialog.open();
    }

    private Button button(String key, String className, Runnable action) {
        return Buttons.small(getTranslation(key), className, action);
    }

    /** A file's size as people read it: kilobytes under a megabyte, megabytes with one decimal above. */
    static String size(Component component, long bytes) {
        return bytes < 1024 * 1024
                ? component.getTranslation("documents.size.kb", Math.max(1, Math.round(bytes / 1024.0)))
                : component.getTranslation("documents.size.mb", bytes / (1024.0 * 1024.0));
    }
}
