package org.jwc.secretariat.committee.ui;

import com.vaadin.flow.component.select.Select;
import org.jwc.secretariat.committee.CommitteeKind;

/** The kind of mechanism, as the committee's page and the new committee's dialog ask it. */
class CommitteeKindSelect extends Select<CommitteeKind> {

    CommitteeKindSelect() {
        setLabel(getTranslation("committee.kind"));
        setItems(CommitteeKind.values());
        setItemLabelGenerator(k -> getTranslation("committee.kind." + k.name()));
        setValue(CommitteeKind.COMMITTEE);
    }
}
