package org.jwc.secretariat.securitylog.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.security.SecurityEvent;
import org.jwc.secretariat.securitylog.SecurityLogFilter;

/** The filters above the log; times are entered in the viewer's own zone, as the grid shows them. */
class SecurityLogFilters extends FormLayout {

    private final DateTimePicker from = new DateTimePicker();
    private final DateTimePicker to = new DateTimePicker();
    private final ComboBox<SecurityEvent.Kind> kind = new ComboBox<>();
    private final TextField username = new TextField();
    private final TextField address = new TextField();
    private final ZoneId zone;

    SecurityLogFilters(ZoneId zone, Consumer<SecurityLogFilter> changed) {
        this.zone = zone;
        addClassName("security-log-filters");
        from.setLabel(getTranslation("securitylog.filter.from"));
        to.setLabel(getTranslation("securitylog.filter.to"));
        kind.setLabel(getTranslation("securitylog.kind"));
        kind.setItems(SecurityEvent.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("securitylog.kind." + k.name()));
        kind.setPlaceholder(getTranslation("securitylog.filter.allKinds"));
        kind.setClearButtonVisible(true);
        username.setLabel(getTranslation("securitylog.filter.username"));
        address.setLabel(getTranslation("securitylog.filter.address"));
        for (var field : new TextField[] {username, address}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setMaxLength(100);
        }
        from.addValueChangeListener(e -> changed.accept(filter()));
        to.addValueChangeListener(e -> changed.accept(filter()));
        kind.addValueChangeListener(e -> changed.accept(filter()));
        username.addValueChangeListener(e -> changed.accept(filter()));
        address.addValueChangeListener(e -> changed.accept(filter()));
        add(from, to, kind, username, address);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 3));
    }

    SecurityLogFilter filter() {
        return new SecurityLogFilter(instant(from.getValue()), instant(to.getValue()), kind.getValue(),
                username.getValue(), address.getValue());
    }

    private @Nullable Instant instant(@Nullable LocalDateTime time) {
        return time == null ? null : time.atZone(zone).toInstant();
    }
}
