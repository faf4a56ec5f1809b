package org.jwc.secretariat.area.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.base.ui.Notifications;

/** Names a new area (under a parent, or at the top) or renames one. */
class AreaDialog extends Dialog {

    AreaDialog(AreaService areas, @Nullable CooperationArea area, @Nullable Long parentId, Runnable onSaved) {
        setHeaderTitle(getTranslation(area == null ? "area.action.new" : "area.action.edit"));
        var name = new LocalizedTextField(getTranslation("area.name"));
        if (area != null) {
            name.setValue(area.name());
        }
        add(name);
        setWidth("min(40rem, 95vw)");
        var errors = new FormErrors(Map.of("name", name));
        var save = new Button(getTranslation("action.save"), e -> {
            var saved = errors.save(() -> area == null
                    ? areas.add(parentId, name.getValue())
                    : areas.rename(area.id(), area.getVersion(), name.getValue()));
            if (saved != null) {
                Notifications.success(getTranslation("action.saved"));
                onSaved.run();
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
