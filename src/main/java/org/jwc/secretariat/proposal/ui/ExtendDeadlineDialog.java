package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.ZoneId;
import java.util.Map;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;

/** Moves the proposal deadline later, entered in the reader's time zone. */
class ExtendDeadlineDialog extends FormDialog {

    ExtendDeadlineDialog(MeetingService meetings, Meeting meeting, ZoneId zone, Runnable onSaved) {
        setHeaderTitle(getTranslation("proposal.action.extendDeadline"));
        var picker = new DateTimePicker(getTranslation("meeting.proposalDeadline") + " (" + Times.zoneName(zone, java.time.Instant.now(), getLocale()) + ")");
        if (meeting.proposalDeadline() != null) {
            picker.setValue(meeting.proposalDeadline().atZone(zone).toLocalDateTime());
        }
        add(picker);
        var errors = new FormErrors(Map.<String, HasValidation>of("proposalDeadline", picker));
        addSaveAndCancel(errors, () -> meetings.extendProposalDeadline(meeting.id(), meeting.getVersion(),
                picker.getValue() == null ? null : picker.getValue().atZone(zone).toInstant()), saved -> onSaved.run());
    }
}
