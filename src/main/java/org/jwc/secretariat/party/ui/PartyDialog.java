package org.jwc.secretariat.party.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyDetails;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.party.Side;

/**
 * Adds or edits a party of the committee being worked in, with its membership there (its host order
 * and dates are this committee's; its names, side and successor are the same everywhere). A renamed or merged party is ended (active until) and given a successor,
 * rather than renamed, so that past meetings keep the name they had.
 */
class PartyDialog extends FormDialog {

    private final TextField code = new TextField(getTranslation("party.code"));
    private final LocalizedTextField name = new LocalizedTextField(getTranslation("party.name"));
    private final LocalizedTextField shortName = new LocalizedTextField(getTranslation("party.shortName"));
    private final Select<Side> side = new Select<>();
    private final ComboBox<String> timeZone = new ComboBox<>(getTranslation("party.timeZone"));
    private final DatePicker activeFrom = new DatePicker(getTranslation("party.activeFrom"));
    private final DatePicker activeUntil = new DatePicker(getTranslation("party.activeUntil"));
    private final ComboBox<Party> successor = new ComboBox<>(getTranslation("party.successor"));
    private final IntegerField hostOrder = new IntegerField(getTranslation("party.hostOrder"));
    private final DatePicker memberFrom = new DatePicker(getTranslation("party.memberFrom"));
    private final DatePicker memberUntil = new DatePicker(getTranslation("party.memberUntil"));

    PartyDialog(PartyService parties, @Nullable Party party, Consumer<Party> onSaved) {
        setHeaderTitle(getTranslation(party == null ? "party.action.new" : "party.action.edit"));
        side.setLabel(getTranslation("party.side"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(s -> getTranslation("side." + s.name()));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        successor.setItems(parties.all().stream().filter(p -> party == null || p.id() != party.id()).toList());
        successor.setItemLabelGenerator(p -> p.name(UiLanguage.current()));
        successor.setClearButtonVisible(true);
        hostOrder.setHelperText(getTranslation("party.hostOrder.help"));
        memberFrom.setHelperText(getTranslation("party.memberFrom.help"));
        if (party != null) {
            var d = parties.details(party);
            code.setValue(d.code());
            name.setValue(d.name());
            shortName.setValue(d.shortName());
            side.setValue(d.side());
            timeZone.setValue(d.timeZone().getId());
            activeFrom.setValue(d.activeFrom());
            activeUntil.setValue(d.activeUntil());
            successor.setValue(d.successorId() == null ? null : parties.get(d.successorId()));
            hostOrder.setValue(d.hostOrder());
            memberFrom.setValue(d.memberFrom());
            memberUntil.setValue(d.memberUntil());
        }
        shortName.setHelperText(getTranslation("party.shortName.help"));
        var form = new FormLayout(code, side, name, shortName, timeZone, hostOrder, activeFrom, activeUntil, successor,
                memberFrom, memberUntil);
        form.setColspan(name, 2);
        form.setColspan(shortName, 2);
        add(form);
        setWidth("min(48rem, 95vw)");

        var errors = new FormErrors(Map.<String, HasValidation>ofEntries(Map.entry("code", code), Map.entry("name", name),
                Map.entry("shortName", shortName), Map.entry("side", side), Map.entry("timeZone", timeZone),
                Map.entry("activeFrom", activeFrom), Map.entry("activeUntil", activeUntil), Map.entry("successorId", successor),
                Map.entry("hostOrder", hostOrder), Map.entry("memberFrom", memberFrom), Map.entry("memberUntil", memberUntil)));
        addSaveAndCancel(errors, () -> party == null
                ? parties.create(details())
                : parties.update(party.id(), party.getVersion(), details()), onSaved);
    }

    private PartyDetails details() {
        return new PartyDetails(code.getValue(), name.getValue(), shortName.getValue(), side.getValue(),
                timeZone.getValue() == null ? null : ZoneId.of(timeZone.getValue()), activeFrom.getValue(),
                activeUntil.getValue(), successor.getValue() == null ? null : successor.getValue().id(),
                hostOrder.getValue(), memberFrom.getValue(), memberUntil.getValue());
    }
}
