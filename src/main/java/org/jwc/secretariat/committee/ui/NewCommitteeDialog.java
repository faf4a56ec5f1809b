package org.jwc.secretariat.committee.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.Map;
import java.util.function.Consumer;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.committee.Committee;
import org.jwc.secretariat.committee.CommitteeService;

/** A platform administrator adds a mechanism: its kind and names; its parties, areas and people come next, in it. */
class NewCommitteeDialog extends FormDialog {

    NewCommitteeDialog(CommitteeService committees, Consumer<Committee> onSaved) {
        setHeaderTitle(getTranslation("committee.action.new"));
        var kind = new CommitteeKindSelect();
        var name = new LocalizedTextField(getTranslation("committee.name"));
        var shortName = new LocalizedTextField(getTranslation("committee.shortName")).optional();
        var form = new FormLayout(kind, name, shortName);
        form.setColspan(name, 2);
        form.setColspan(shortName, 2);
        add(form);
        setWidth("min(48rem, 95vw)");
        var errors = new FormErrors(Map.<String, HasValidation>of("kind", kind, "name", name, "shortName", shortName));
        addSaveAndCancel(errors, () -> committees.create(name.getValue(), shortName.getValue(), kind.getValue()), onSaved);
    }
}
