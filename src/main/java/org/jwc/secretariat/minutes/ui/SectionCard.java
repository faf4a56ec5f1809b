package org.jwc.secretariat.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Objects;
import org.jwc.secretariat.base.ui.Buttons;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.HistoryDialog;
import org.jwc.secretariat.base.ui.SideBySide;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.comment.ui.CommentsPanel;
import org.jwc.secretariat.minutes.Confirmation;
import org.jwc.secretariat.minutes.MinutesSection;
import org.jwc.secretariat.minutes.SectionKind;
import org.jwc.secretariat.minutes.SectionRevision;
import org.jwc.secretariat.security.Role;

/**
 * One section of the minutes: its texts side by side, where a party's statement stands with that
 * party, and what the reader may do with it (write, submit, confirm, versions, comments).
 */
class SectionCard extends Div {

    private final MinutesPage page;
    private final MinutesSection section;

    SectionCard(MinutesPage page, MinutesSection section) {
        this.page = page;
        this.section = section;
        addClassName("minutes-section");
        add(new H2(section.heading().in(UiLanguage.current())));
        if (section.kind() == SectionKind.STATEMENT) {
            add(status());
        }
        if (section.body().isBlank()) {
            add(new Span(getTranslation("minutes.section.empty")));
        } else {
            add(SideBySide.texts("section-text", section.body()));
        }
        add(actions());
    }

    private Span status() {
        var status = new Span(section.shared() ? confirmation() : getTranslation("minutes.draft"));
        status.addClassName("confirmation");
        status.getElement().setAttribute("data-state", section.shared() ? section.confirmation().name() : "DRAFT");
        return status;
    }

    private String confirmation() {
        if (section.confirmation() == Confirmation.UNCONFIRMED) {
            return getTranslation("minutes.confirmation.UNCONFIRMED");
        }
        return getTranslation("minutes.confirmation." + section.confirmation().name(), section.confirmedBy(),
                Times.format(section.confirmedAt(), page.zone(), getLocale()));
    }

    private HorizontalLayout actions() {
        var user = page.user();
        var actions = new HorizontalLayout();
        var ownStatement = isOwnStatement();
        if (canWrite()) {
            actions.add(button("minutes.action.edit", "edit-section",
                    () -> new SectionDialog(page.minutes(), section, page.zone(), saved -> page.refresh()).open()));
        }
        if (page.writable() && ownStatement && user.hasRole(Role.SECRETARY) && !section.shared()) {
            actions.add(button("minutes.action.submit", "submit-statement",
                    () -> page.act(() -> page.minutes().submitStatement(section.id(), section.getVersion()))));
        }
        if (page.writable() && ownStatement && section.shared() && section.confirmation() != Confirmation.CONFIRMED
                && (user.hasRole(Role.SECRETARY) || user.hasRole(Role.LEADER))) {
            actions.add(button("minutes.action.confirm", "confirm-statement",
                    () -> page.act(() -> page.minutes().confirm(section.id(), section.getVersion()))));
        }
        actions.add(button("minutes.action.history", "section-history", this::history));
        actions.add(button("comment.action.open", "comments-button", () -> new CommentsPanel(
                page.comments(), page.live(), new CommentsPanel.Reader(user, page.parties(), page.zone(), page.ownerOf(section)),
                new CommentsPanel.Target(MinutesSection.KIND, section.id(), section.meetingId()))
                .openInDialog(section.heading().in(UiLanguage.current()))));
        return actions;
    }

    private void history() {
        ErrorHandling.attempt(this, () -> {
            var dialog = new HistoryDialog<>(page.minutes().history(section.id()), SectionRevision::revision, List.of(
                    new HistoryDialog.Field<SectionRevision>("minutes.field.heading", r -> r.state().heading()),
                    new HistoryDialog.Field<SectionRevision>("minutes.field.body", r -> r.state().body())), page.zone());
            if (canWrite()) {
                dialog.withRestore(r -> page.act(() -> page.minutes().restore(section.id(), section.getVersion(), r.revision().id())));
            }
            dialog.open();
        });
    }

    private boolean isOwnStatement() {
        return section.kind() == SectionKind.STATEMENT && Objects.equals(section.partyId(), page.user().partyId());
    }

    /** As the service decides: a party's secretary its own statement; the host's any other section, never over a party's draft. */
    private boolean canWrite() {
        return page.writable() && page.user().hasRole(Role.SECRETARY)
                && (isOwnStatement() || page.isHost() && (section.shared() || section.body().isBlank()));
    }

    private Button button(String key, String className, Runnable action) {
        return Buttons.small(getTranslation(key), className, action);
    }
}
