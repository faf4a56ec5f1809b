package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Map;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.proposal.ProposalFilter;
import org.jwc.secretariat.proposal.ProposalStatus;

/** Area, owner party and status filters, shared by the proposal list and the response matrix. */
class ProposalFilterBar extends HorizontalLayout {

    private final ComboBox<Long> area = new ComboBox<>(getTranslation("proposal.field.area"));
    private final ComboBox<Long> owner = new ComboBox<>(getTranslation("proposal.field.owner"));
    private final ComboBox<ProposalStatus> status = new ComboBox<>(getTranslation("proposal.field.status"));

    ProposalFilterBar(AreaChoices areas, Map<Long, Party> parties, Language language, Runnable onChange) {
        area.setItems(areas.ids());
        area.setItemLabelGenerator(areas::label);
        area.setWidth("min(24rem, 100%)");
        owner.setItems(parties.keySet());
        owner.setItemLabelGenerator(id -> parties.get(id).name(language));
        status.setItems(ProposalStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("proposal.status." + s.name()));
        for (var box : new ComboBox<?>[] {area, owner, status}) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> onChange.run());
        }
        add(area, owner, status);
        setAlignItems(Alignment.BASELINE);
        // On a phone the filters go one under another instead of running off the screen.
        setWrap(true);
        setWidthFull();
    }

    ProposalFilter filter() {
        return new ProposalFilter(area.getValue(), owner.getValue(), status.getValue());
    }
}
