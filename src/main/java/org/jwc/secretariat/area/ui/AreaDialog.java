package org.jwc.secretariat.area.ui;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;

/** Names a new area (under a parent, or at the top) or renames one. */
class AreaDialog extends FormDialog {

    AreaDialog(AreaService areas, @Nullable CooperationArea area, @Nullable Long parentId, Runnable onSaved) {
        setHeaderTitle(getTranslation(area == null ? "area.action.new" : "area.action.edit"));
        var name = new LocalizedTextField(getTranslation("area.name"));
        if (area != null) {
            name.setValue(area.name());
        }
        add(name);
        setWidth("min(40rem, 95vw)");
        var errors = new FormErrors(Map.of("name", name));
        addSaveAndCancel(errors, () -> area == null
                ? areas.add(parentId, name.getValue())
                : areas.rename(area.id(), area.getVersion(), name.getValue()), saved -> onSaved.run());
    }
}
