package org.jwc.secretariat.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.agenda.AgendaItem;
import org.jwc.secretariat.base.ui.NarrowScreen;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.PartyService;

/**
 * The official agenda as a timetable: each item starts when the one before it ends. The host's
 * secretary reorders it by dragging a row, or with the up and down buttons.
 */
class OfficialAgendaGrid extends Grid<AgendaItem> {

    OfficialAgendaGrid(List<AgendaItem> agenda, Meeting meeting, PartyService parties,
            @Nullable BiConsumer<AgendaItem, Integer> moveTo) {
        var language = UiLanguage.current();
        var zone = parties.currentUserZone();
        var starts = new HashMap<Long, Instant>();
        var next = meeting.startsAt();
        for (var item : agenda) {
            starts.put(item.id(), next);
            next = next.plus(Duration.ofMinutes(item.durationMinutes()));
        }
        addColumn(AgendaItem::officialPosition).setHeader(getTranslation("agenda.field.position")).setAutoWidth(true).setFlexGrow(0);
        addColumn(i -> Times.time(starts.get(i.id()), zone, getLocale()))
                .setHeader(getTranslation("agenda.field.start", Times.zoneName(zone, Instant.now(), getLocale()))).setAutoWidth(true);
        addColumn(i -> i.title().in(language)).setHeader(getTranslation("agenda.field.title")).setFlexGrow(3);
        var byId = parties.byId();
        var party = addColumn(i -> byId.get(i.ownerPartyId()).name(language)).setHeader(getTranslation("agenda.field.party"));
        var duration = addColumn(AgendaItem::durationMinutes).setHeader(getTranslation("agenda.field.duration"));
        var speaker = addColumn(i -> i.speaker() == null ? "" : i.speaker()).setHeader(getTranslation("agenda.field.speaker"));
        NarrowScreen.hideOnPhones(this, party, duration, speaker);
        if (moveTo != null) {
            addComponentColumn(i -> new HorizontalLayout(
                    button("agenda.action.up", () -> moveTo.accept(i, position(i) - 1)),
                    button("agenda.action.down", () -> moveTo.accept(i, position(i) + 1)))).setAutoWidth(true);
            dragToReorder(moveTo);
        }
        setEmptyStateText(getTranslation("agenda.empty.official"));
        setItems(agenda);
        setAllRowsVisible(true);
        addClassName("official-agenda");
    }

    private void dragToReorder(BiConsumer<AgendaItem, Integer> moveTo) {
        setRowsDraggable(true);
        setDropMode(GridDropMode.BETWEEN);
        var dragged = new AtomicReference<@Nullable AgendaItem>();
        addDragStartListener(e -> dragged.set(e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst()));
        addDragEndListener(e -> dragged.set(null));
        addDropListener(e -> {
            var item = dragged.get();
            var target = e.getDropTargetItem().orElse(null);
            if (item != null && target != null && item.id() != target.id()) {
                moveTo.accept(item, droppedAt(position(item), position(target), e.getDropLocation() == GridDropLocation.BELOW));
            }
        });
    }

    /** The new position of an item dropped above or below the target, once it has left its own place. */
    static int droppedAt(int from, int target, boolean below) {
        var position = below ? target + 1 : target;
        return from < position ? position - 1 : position;
    }

    private static int position(AgendaItem item) {
        return item.officialPosition() == null ? 0 : item.officialPosition();
    }

    private Button button(String key, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }
}
