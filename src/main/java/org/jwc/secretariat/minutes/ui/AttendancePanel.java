package org.jwc.secretariat.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Objects;
import org.jwc.secretariat.base.ui.NarrowScreen;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.minutes.AttendanceService;
import org.jwc.secretariat.minutes.Attendee;
import org.jwc.secretariat.minutes.DelegationList;
import org.jwc.secretariat.security.Role;

/**
 * Who attended, per delegation, then the observers. The party's secretary keeps its own list and
 * submits it; the host's keeps the observers; everyone reads the submitted lists.
 */
class AttendancePanel extends VerticalLayout {

    private final AttendanceService attendance;
    private final MinutesPage page;

    AttendancePanel(AttendanceService attendance, MinutesPage page) {
        this.attendance = attendance;
        this.page = page;
        setPadding(false);
        addClassName("attendance");
        add(new H2(getTranslation("minutes.attendance")));
        for (var list : attendance.attendance(page.meeting().id())) {
            add(delegation(list));
        }
    }

    private VerticalLayout delegation(DelegationList list) {
        var language = UiLanguage.current();
        var observers = list.partyId() == null;
        var box = new VerticalLayout(new H3(observers ? getTranslation("minutes.observers")
                : page.parties().get(list.partyId()).name(language)));
        box.setPadding(false);
        box.addClassName(observers ? "observers" : "delegation");
        if (!list.submitted()) {
            box.add(new Span(getTranslation("minutes.delegation.draft")));
        }
        var keeper = page.writable() && page.user().hasRole(Role.SECRETARY)
                && (observers ? page.isHost() : Objects.equals(list.partyId(), page.user().partyId()));
        var grid = new Grid<Attendee>();
        var role = grid.addColumn(a -> getTranslation("minutes.role." + a.role().name())).setHeader(getTranslation("minutes.field.role"));
        grid.addColumn(a -> a.name().in(language)).setHeader(getTranslation("minutes.field.name"));
        grid.addColumn(a -> a.title().in(language)).setHeader(getTranslation("minutes.field.title")).setFlexGrow(3);
        if (keeper) {
            grid.addComponentColumn(a -> new HorizontalLayout(
                    small("minutes.action.edit", () -> new AttendeeDialog(attendance, page.meeting().id(), a, observers, page::refresh).open()),
                    small("minutes.action.remove", () -> page.act(() -> attendance.remove(a.id(), a.getVersion())))));
        }
        NarrowScreen.hideOnPhones(grid, role);
        grid.setEmptyStateText(getTranslation(observers ? "minutes.empty.observers" : "minutes.empty.delegation"));
        grid.setItems(list.attendees());
        grid.setAllRowsVisible(true);
        box.add(grid);
        if (keeper) {
            var actions = new HorizontalLayout(small(observers ? "minutes.action.addObserver" : "minutes.action.addMember",
                    () -> new AttendeeDialog(attendance, page.meeting().id(), null, observers, page::refresh).open()));
            if (!list.submitted()) {
                actions.add(small("minutes.action.submitDelegation", () -> page.act(() -> attendance.submitDelegation(page.meeting().id()))));
            }
            box.add(actions);
        }
        return box;
    }

    private Button small(String key, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.addClassName(key.substring(key.lastIndexOf('.') + 1));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }
}
