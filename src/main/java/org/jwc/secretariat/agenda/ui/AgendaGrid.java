package org.jwc.secretariat.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.Function;
import org.jwc.secretariat.agenda.AgendaItem;
import org.jwc.secretariat.base.ui.NarrowScreen;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.party.PartyService;

/** Agenda items of one or all parties, with the actions this user may take on each. */
class AgendaGrid extends Grid<AgendaItem> {

    /** @param emptyKey what the grid says while it has no item: what will appear there and how */
    AgendaGrid(String className, String emptyKey, Function<AgendaItem, Component> actions, List<AgendaItem> items,
            PartyService parties) {
        var language = UiLanguage.current();
        var byId = parties.byId();
        var party = addColumn(i -> byId.get(i.ownerPartyId()).name(language)).setHeader(getTranslation("agenda.field.party"));
        addColumn(i -> i.title().in(language)).setHeader(getTranslation("agenda.field.title")).setFlexGrow(3);
        var kind = addColumn(i -> getTranslation("agenda.kind." + i.kind().name())).setHeader(getTranslation("agenda.field.kind"));
        var duration = addColumn(AgendaItem::durationMinutes).setHeader(getTranslation("agenda.field.duration"));
        addColumn(i -> getTranslation("agenda.status." + i.status().name())).setHeader(getTranslation("agenda.field.status"));
        addComponentColumn(actions::apply).setAutoWidth(true);
        NarrowScreen.hideOnPhones(this, party, kind, duration);
        setEmptyStateText(getTranslation(emptyKey));
        setItems(items);
        setAllRowsVisible(true);
        addClassName(className);
    }
}
