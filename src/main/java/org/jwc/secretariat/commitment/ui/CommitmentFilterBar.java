package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.commitment.AreaTree;
import org.jwc.secretariat.commitment.CommitmentFilter;
import org.jwc.secretariat.commitment.CommitmentStatus;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.Party;

/**
 * Meeting, area, party and status: what the commitments list, the summary and the report follow.
 * An area takes in its sub-areas; a party and a status together mean that party's own status.
 */
class CommitmentFilterBar extends HorizontalLayout {

    private final ComboBox<Long> meeting = new ComboBox<>(getTranslation("commitment.field.meeting"));
    private final ComboBox<Long> area = new ComboBox<>(getTranslation("commitment.field.area"));
    private final ComboBox<Long> party = new ComboBox<>(getTranslation("commitment.field.party"));
    private final ComboBox<CommitmentStatus> status = new ComboBox<>(getTranslation("commitment.field.status"));
    private boolean presetting;

    CommitmentFilterBar(List<Meeting> meetings, AreaTree areas, List<Party> parties, Language language, Runnable onChange) {
        addClassName("commitment-filters");
        meeting.setItems(meetings.stream().map(Meeting::id).toList());
        meeting.setItemLabelGenerator(id -> meetings.stream().filter(m -> m.id() == id).findFirst()
                .map(m -> m.title().in(language)).orElse(""));
        meeting.addClassName("filter-meeting");
        meeting.setWidth("22rem");
        // The tree's order, each area with its parents' names: "Cooperation in key areas › Tourism".
        area.setItems(areas.ids());
        area.setItemLabelGenerator(id -> areas.path(id, language));
        area.addClassName("filter-area");
        area.setWidth("22rem");
        party.setItems(parties.stream().map(Party::id).toList());
        party.setItemLabelGenerator(id -> parties.stream().filter(p -> p.id() == id).findFirst()
                .map(p -> p.name(language)).orElse(""));
        party.addClassName("filter-party");
        status.setItems(CommitmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("commitment.status." + s.name()));
        status.addClassName("filter-status");
        for (var box : List.<ComboBox<?>>of(meeting, area, party, status)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> {
                if (!presetting) {
                    onChange.run();
                }
            });
        }
        add(meeting, area, party, status);
        setWrap(true);
        setAlignItems(Alignment.BASELINE);
    }

    CommitmentFilter filter() {
        return new CommitmentFilter(meeting.getValue(), area.getValue(), party.getValue(), status.getValue());
    }

    /** Chooses the meeting without telling the page: the page draws itself once it is set up. */
    void presetMeeting(@Nullable Long meetingId) {
        presetting = true;
        try {
            meeting.setValue(meetingId);
        } finally {
            presetting = false;
        }
    }
}
