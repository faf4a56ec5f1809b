package org.jwc.secretariat.minutes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.minutes.Attendee;
import org.jwc.secretariat.minutes.AttendeeDetails;
import org.jwc.secretariat.minutes.AttendeeRole;
import org.jwc.secretariat.minutes.AttendanceService;

/** A member of the party's delegation, or an observer on the host's list, with name and title per language. */
class AttendeeDialog extends FormDialog {

    private final LocalizedTextField name = new LocalizedTextField(getTranslation("minutes.field.name"));
    private final LocalizedTextField title = new LocalizedTextField(getTranslation("minutes.field.title"));
    private final Select<AttendeeRole> role = new Select<>();

    /** A new attendee (attendee null) or an edit; an observer when the list is the host's. */
    AttendeeDialog(AttendanceService attendance, long meetingId, @Nullable Attendee attendee, boolean observer, Runnable onSaved) {
        setHeaderTitle(getTranslation(observer ? "minutes.action.addObserver" : "minutes.action.addMember"));
        role.setLabel(getTranslation("minutes.field.role"));
        role.setItems(observer ? List.of(AttendeeRole.OBSERVER) : List.of(AttendeeRole.HEAD, AttendeeRole.MEMBER));
        role.setItemLabelGenerator(r -> getTranslation("minutes.role." + r.name()));
        role.setValue(observer ? AttendeeRole.OBSERVER : AttendeeRole.MEMBER);
        if (attendee != null) {
            name.setValue(attendee.name());
            title.setValue(attendee.title());
            role.setValue(attendee.role());
        }
        var form = new FormLayout(name, title, role);
        form.setColspan(name, 2);
        form.setColspan(title, 2);
        add(form);
        setWidth("min(48rem, 95vw)");
        Supplier<Attendee> save = () -> {
            var details = new AttendeeDetails(name.getValue(), title.getValue(), role.getValue());
            if (attendee != null) {
                return attendance.edit(attendee.id(), attendee.getVersion(), details);
            }
            return observer ? attendance.addObserver(meetingId, details) : attendance.addMember(meetingId, details);
        };
        addSaveAndCancel(new FormErrors(Map.<String, HasValidation>of("name", name, "title", title, "role", role)), save,
                saved -> onSaved.run());
    }
}
