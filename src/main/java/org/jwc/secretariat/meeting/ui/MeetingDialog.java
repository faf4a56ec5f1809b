package org.jwc.secretariat.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingFormat;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;

/**
 * Plans or edits a meeting. Times are entered in the host's time zone, as the venue's clock
 * reads; a new meeting starts with the host and co-chair the rotation proposes.
 */
class MeetingDialog extends FormDialog {

    private final IntegerField number = new IntegerField(getTranslation("meeting.number"));
    private final LocalizedTextField title = new LocalizedTextField(getTranslation("meeting.title"));
    private final ComboBox<Party> host = new ComboBox<>(getTranslation("meeting.host"));
    private final ComboBox<Party> coChair = new ComboBox<>(getTranslation("meeting.coChair"));
    private final DateTimePicker startsAt = new DateTimePicker(getTranslation("meeting.startsAt"));
    private final DateTimePicker endsAt = new DateTimePicker(getTranslation("meeting.endsAt"));
    private final Select<MeetingFormat> format = new Select<>();
    private final LocalizedTextField venue = new LocalizedTextField(getTranslation("meeting.venue"));
    private final LocalizedTextField bridges = new LocalizedTextField(getTranslation("meeting.bridges"));
    private final DateTimePicker proposalDeadline = new DateTimePicker(getTranslation("meeting.proposalDeadline"));
    private final DateTimePicker responseDeadline = new DateTimePicker(getTranslation("meeting.responseDeadline"));
    private final DateTimePicker approvalDeadline = new DateTimePicker(getTranslation("meeting.approvalDeadline"));

    MeetingDialog(MeetingService meetings, PartyService parties, @Nullable Meeting meeting, Consumer<Meeting> onSaved) {
        setHeaderTitle(getTranslation(meeting == null ? "meeting.action.new" : "meeting.action.edit"));
        var language = UiLanguage.current();
        var all = parties.all();
        for (var combo : java.util.List.of(host, coChair)) {
            combo.setItems(all);
            combo.setItemLabelGenerator(p -> p.name(language));
        }
        format.setLabel(getTranslation("meeting.format"));
        format.setItems(MeetingFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("format." + f.name()));
        format.addValueChangeListener(e -> showPlaceFields());
        host.addValueChangeListener(e -> showZone());

        if (meeting == null) {
            format.setValue(MeetingFormat.IN_PERSON);
            meetings.proposeNext().ifPresent(next -> {
                number.setValue(next.number());
                host.setValue(parties.get(next.hostPartyId()));
                coChair.setValue(parties.get(next.coChairPartyId()));
                host.setHelperText(getTranslation("meeting.rotationProposal"));
            });
        } else {
            fill(meeting.details(), parties);
        }

        var form = new FormLayout(number, title, host, coChair, startsAt, endsAt, format, venue, bridges,
                proposalDeadline, responseDeadline, approvalDeadline);
        form.setColspan(title, 2);
        form.setColspan(venue, 2);
        form.setColspan(bridges, 2);
        if (meeting == null) {
            notConcluded(meetings).ifPresent(this::add);
        }
        add(form);
        setWidth("min(60rem, 95vw)");

        var errors = new FormErrors(Map.<String, HasValidation>ofEntries(
                Map.entry("number", number), Map.entry("title", title), Map.entry("hostPartyId", host),
                Map.entry("coChairPartyId", coChair), Map.entry("startsAt", startsAt), Map.entry("endsAt", endsAt),
                Map.entry("format", format), Map.entry("venue", venue), Map.entry("bridges", bridges),
                Map.entry("proposalDeadline", proposalDeadline), Map.entry("responseDeadline", responseDeadline),
                Map.entry("approvalDeadline", approvalDeadline)));
        addSaveAndCancel(errors, () -> meeting == null
                ? meetings.create(details())
                : meetings.update(meeting.id(), meeting.getVersion(), details()), onSaved);
        showPlaceFields();
        showZone();
    }

    /** The committee prepares one meeting at a time: a new one while others are open is allowed, with a word (ADR 0017). */
    private Optional<Paragraph> notConcluded(MeetingService meetings) {
        var open = meetings.all().stream().filter(m -> m.phase() != Phase.CONCLUDED)
                .map(m -> String.valueOf(m.number())).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        var warning = new Paragraph(getTranslation("meeting.warning.notConcluded", String.join(", ", open)));
        warning.addClassName("meetings-not-concluded");
        return Optional.of(warning);
    }

    private void fill(MeetingDetails d, PartyService parties) {
        var zone = parties.get(d.hostPartyId()).zone();
        number.setValue(d.number());
        title.setValue(d.title());
        host.setValue(parties.get(d.hostPartyId()));
        coChair.setValue(parties.get(d.coChairPartyId()));
        format.setValue(d.format());
        venue.setValue(d.venue());
        bridges.setValue(d.bridges());
        startsAt.setValue(local(d.startsAt(), zone));
        endsAt.setValue(local(d.endsAt(), zone));
        proposalDeadline.setValue(local(d.proposalDeadline(), zone));
        responseDeadline.setValue(local(d.responseDeadline(), zone));
        approvalDeadline.setValue(local(d.approvalDeadline(), zone));
    }

    private MeetingDetails details() {
        var zone = zone();
        return new MeetingDetails(number.getValue() == null ? 0 : number.getValue(), title.getValue(),
                instant(startsAt, zone), instant(endsAt, zone), format.getValue(), venue.getValue(),
                bridges.getValue(), host.getValue() == null ? 0 : host.getValue().id(),
                coChair.getValue() == null ? 0 : coChair.getValue().id(), instant(proposalDeadline, zone),
                instant(responseDeadline, zone), instant(approvalDeadline, zone));
    }

    private ZoneId zone() {
        return host.getValue() == null ? ZoneOffset.UTC : host.getValue().zone();
    }

    private void showZone() {
        var hint = getTranslation("meeting.timesInZone", Times.zoneName(zone(), java.time.Instant.now(), getLocale()));
        for (var picker : java.util.List.of(startsAt, endsAt, proposalDeadline, responseDeadline, approvalDeadline)) {
            picker.setHelperText(hint);
        }
    }

    private void showPlaceFields() {
        var f = format.getValue() == null ? MeetingFormat.IN_PERSON : format.getValue();
        venue.setVisible(f.hasVenue());
        bridges.setVisible(f.hasBridges());
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private static @Nullable Instant instant(DateTimePicker picker, ZoneId zone) {
        return picker.getValue() == null ? null : picker.getValue().atZone(zone).toInstant();
    }
}
