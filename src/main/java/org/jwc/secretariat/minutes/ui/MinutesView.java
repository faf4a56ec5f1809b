package org.jwc.secretariat.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.jwc.secretariat.base.ui.Buttons;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.ReasonDialog;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.export.ExportFormat;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.meeting.ui.MeetingPage;
import org.jwc.secretariat.meeting.ui.MeetingStage;
import org.jwc.secretariat.minutes.AttendanceService;
import org.jwc.secretariat.minutes.Minutes;
import org.jwc.secretariat.minutes.MinutesExport;
import org.jwc.secretariat.minutes.MinutesService;
import org.jwc.secretariat.minutes.SignedDocumentService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.SecretariatUser;

/**
 * The minutes of a meeting: the host's secretary opens, writes, closes and reopens them; each
 * party writes and confirms its own statement and lists its delegation; everyone reads what has
 * been submitted, and sees others' changes as they are saved.
 */
@Route("meetings/:number/minutes")
@PermitAll
class MinutesView extends MeetingPage {

    private final MinutesService minutes;
    private final AttendanceService attendance;
    private final MeetingService meetings;
    private final PartyService parties;
    private final CommentService comments;
    private final LiveUpdates live;
    private final MinutesExport export;
    private final SignedDocumentService documents;
    private final SecretariatUser user;

    MinutesView(MinutesService minutes, AttendanceService attendance, MeetingService meetings, PartyService parties,
            CommentService comments, LiveUpdates live, MinutesExport export, SignedDocumentService documents,
            CurrentUser currentUser) {
        super(meetings, "minutes.title");
        this.export = export;
        this.documents = documents;
        this.minutes = minutes;
        this.attendance = attendance;
        this.meetings = meetings;
        this.parties = parties;
        this.comments = comments;
        this.live = live;
        this.user = currentUser.require();
        addClassName("minutes-view");
        watchLive(live, Minutes.KIND, user.partyId());
    }

    @Override
    protected void show(Meeting m) {
        var record = minutes.find(m.id());
        var page = new MinutesPage(minutes, comments, live, user, parties.byId(), parties.currentUserZone(), m,
                m.phase() != Phase.CONCLUDED && record.map(r -> !r.isClosed()).orElse(true), this::redraw, this::act);
        removeAll();
        add(new H1(getTranslation("minutes.title", m.title().in(UiLanguage.current()))), new MeetingStage(m, parties));
        if (record.isEmpty()) {
            add(new Span(getTranslation("minutes.notOpened")));
            if (page.isHost() && page.writable()) {
                add(primary("minutes.action.open", "open-minutes", () -> act(() -> minutes.open(m.id()))));
            }
        } else {
            add(status(record.get(), page), hostActions(record.get(), page), downloads(m));
            minutes.sections(m.id()).forEach(s -> add(new SectionCard(page, s)));
            minutes.statementsNotShared(m.id()).forEach(partyId -> add(new Span(getTranslation("minutes.statement.notShared",
                    page.parties().get(partyId).name(UiLanguage.current())))));
        }
        add(new AttendancePanel(attendance, page));
        add(new SignedDocumentsPanel(documents, parties, meetings, m.id(), page.isHost() && page.writable(),
                UiLanguage.current()));
    }

    private Span status(Minutes record, MinutesPage page) {
        var text = record.isClosed()
                ? getTranslation("minutes.status.CLOSED", record.closedBy(), Times.format(record.closedAt(), page.zone(), getLocale()))
                : getTranslation("minutes.status.OPEN");
        if (!record.isClosed() && record.reopenReason() != null) {
            text += " " + getTranslation("minutes.reopened", record.reopenReason());
        }
        var status = new Span(text);
        status.addClassName("minutes-status");
        return status;
    }

    private HorizontalLayout hostActions(Minutes record, MinutesPage page) {
        var actions = new HorizontalLayout();
        if (!page.isHost() || page.meeting().phase() == Phase.CONCLUDED) {
            return actions;
        }
        var id = page.meeting().id();
        if (record.isClosed()) {
            actions.add(primary("minutes.action.reopen", "reopen-minutes", () -> new ReasonDialog("minutes.action.reopen",
                    "minutes.field.reopenReason", reason -> minutes.reopen(id, record.getVersion(), reason), this::redraw).open()));
        } else {
            actions.add(primary("minutes.action.addAgendaSections", "add-agenda-sections", () -> act(() -> Notifications.success(
                    getTranslation("minutes.addedSections", minutes.addAgendaSections(id))))));
            actions.add(primary("minutes.action.close", "close-minutes", () -> act(() -> minutes.close(id, record.getVersion()))));
        }
        return actions;
    }

    /** The minutes as DOCX and PDF, in Vietnamese and in Chinese: two texts of equal standing. */
    private HorizontalLayout downloads(Meeting m) {
        var links = new HorizontalLayout();
        links.addClassName("minutes-downloads");
        for (var language : List.of(Language.VI, Language.ZH)) {
            for (var format : ExportFormat.values()) {
                var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                    try {
                        var bytes = export.export(m.id(), language, format);
                        return new DownloadResponse(new ByteArrayInputStream(bytes), export.fileName(m.id(), language, format),
                                format.contentType(), bytes.length);
                    } catch (RuntimeException e) {
                        // The download is its own request: the refusal is told on the page the reader is looking at.
                        event.getUI().access(() -> Notifications.error(ErrorHandling.messageFor(e, event.getUI())));
                        return DownloadResponse.error(HttpStatusCode.BAD_REQUEST, e);
                    }
                }), getTranslation("minutes.action.download", format.name(), getTranslation("language.native." + language.name())));
                link.addClassName("export-" + format.name().toLowerCase(Locale.ROOT) + "-" + language.name().toLowerCase(Locale.ROOT));
                links.add(link);
            }
        }
        return links;
    }

    private Button primary(String key, String className, Runnable action) {
        return Buttons.primary(getTranslation(key), className, action);
    }

    private void act(Runnable action) {
        if (ErrorHandling.attempt(this, action)) {
            redraw();
        }
    }
}
