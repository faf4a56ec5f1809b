package org.jwc.secretariat.party.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;

/**
 * Makes a party of another committee a member of this one too (Tuyên Quang in the working group),
 * on its terms here; its names, side and successor stay as they are everywhere.
 */
class AdmitPartyDialog extends FormDialog {

    AdmitPartyDialog(PartyService parties, Consumer<Party> onSaved) {
        setHeaderTitle(getTranslation("party.action.admit"));
        var code = new TextField(getTranslation("party.code"));
        code.setHelperText(getTranslation("party.admit.code.help"));
        var hostOrder = new IntegerField(getTranslation("party.hostOrder"));
        hostOrder.setHelperText(getTranslation("party.hostOrder.help"));
        var memberFrom = new DatePicker(getTranslation("party.memberFrom"));
        memberFrom.setHelperText(getTranslation("party.memberFrom.help"));
        var memberUntil = new DatePicker(getTranslation("party.memberUntil"));
        add(new FormLayout(code, hostOrder, memberFrom, memberUntil));
        setWidth("min(40rem, 95vw)");
        var errors = new FormErrors(Map.<String, HasValidation>of("code", code, "hostOrder", hostOrder,
                "memberFrom", memberFrom, "memberUntil", memberUntil));
        addSaveAndCancel(errors, () -> parties.admit(code.getValue(), hostOrder.getValue(), memberFrom.getValue(), memberUntil.getValue()),
                onSaved);
    }
}
