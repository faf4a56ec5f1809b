package org.jwc.secretariat.communique.past.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.Communique;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.past.ParsedCommunique;
import org.jwc.secretariat.communique.past.PastCommuniqueImport;
import org.jwc.secretariat.communique.ui.CommuniqueNavigation;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.ui.MeetingPage;

/**
 * Imports the communiqué of a meeting held before the platform from its text: the host's secretary
 * or an administrator pastes or uploads it, previews what was read, fixes it, and saves it as the
 * meeting's final communiqué (or, when one was imported already, adds it as its other language).
 */
@Route("meetings/:number/communique/import")
@PermitAll
class PastImportView extends MeetingPage {

    private final PastCommuniqueImport imports;
    private final CommuniqueService communiques;
    private final ApprovalService approvals;
    private final AreaService areas;
    private final MeetingService meetings;
    private final Div previewHolder = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private @Nullable PastImportPreview preview;
    private @Nullable Language language;

    PastImportView(PastCommuniqueImport imports, CommuniqueService communiques, ApprovalService approvals, AreaService areas,
            MeetingService meetings) {
        super(meetings, "communique.import.page.title");
        this.imports = imports;
        this.communiques = communiques;
        this.approvals = approvals;
        this.areas = areas;
        this.meetings = meetings;
        addClassName("past-import-view");
        previewHolder.setWidthFull();
    }

    @Override
    protected boolean mayShow(BeforeEnterEvent event, Meeting meeting) {
        if (!imports.mayImport(meeting.id())) {
            Notifications.error(getTranslation("communique.import.notAllowed"));
            CommuniqueNavigation.forwardToWorkingText(event, meeting);
            return false;
        }
        return true;
    }

    @Override
    protected void show(Meeting meeting) {
        removeAll();
        add(new H1(getPageTitle()));
        var imported = communiques.find(meeting.id()).filter(Communique::imported).isPresent();
        if (imported) {
            var note = new Span(getTranslation("communique.import.replaces"));
            note.addClassName("import-replaces");
            add(note);
        }
        add(new PastImportInput(UiLanguage.current(), this::preview), previewHolder, actions(imported));
    }

    private HorizontalLayout actions(boolean imported) {
        actions.removeAll();
        var save = new Button(getTranslation("communique.import.action.save"), e -> save(false));
        save.addClassName("import-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        actions.add(save);
        if (imported) {
            var align = new Button(getTranslation("communique.import.action.align"), e -> save(true));
            align.addClassName("import-align");
            actions.add(align);
        }
        actions.setVisible(false);
        return actions;
    }

    /** Shows what the service read; a refusal propagates to the input, which shows it on its field. */
    private void preview(String text, Language chosen) {
        var m = meeting();
        ParsedCommunique parsed = imports.preview(m.id(), text, chosen);
        var takingPart = communiques.takingPart(m.id());
        preview = new PastImportPreview(parsed, PastImportPreview.Choices.of(areas.all(), takingPart));
        language = chosen;
        previewHolder.removeAll();
        previewHolder.add(preview);
        actions.setVisible(true);
    }

    /** Saves the reviewed text, as the communiqué or as its other language, and opens the communiqué. */
    private void save(boolean otherLanguage) {
        var m = meeting();
        var reviewed = Objects.requireNonNull(preview).reviewed();
        var done = ErrorHandling.attempt(this, () -> {
            var saved = otherLanguage ? imports.saveOtherLanguage(m.id(), reviewed, language) : imports.save(m.id(), reviewed, language);
            var version = approvals.version(Objects.requireNonNull(saved.finalVersionId()));
            Notifications.success(getTranslation(otherLanguage ? "communique.import.aligned" : "communique.import.saved",
                    version.number(), version.fingerprint()));
        });
        if (done) {
            CommuniqueNavigation.toWorkingText(m);
        }
    }
}
