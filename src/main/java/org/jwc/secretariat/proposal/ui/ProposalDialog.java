package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.ConflictDialog;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.proposal.FollowedUp;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;

/** Drafts or revises one of the party's proposals; a draft may be in one language for now. */
class ProposalDialog extends FormDialog {

    private final ComboBox<Long> area = new ComboBox<>(getTranslation("proposal.field.area"));
    private final Select<ProposalScope> scope = new Select<>();
    private final MultiSelectComboBox<Long> counterparts = new MultiSelectComboBox<>(getTranslation("proposal.field.counterparts"));
    private final LocalizedTextField title = new LocalizedTextField(getTranslation("proposal.field.title"));
    private final LocalizedTextField text = new LocalizedTextField(getTranslation("proposal.field.text"), true);
    private final ComboBox<FollowedUp> followsUp = new ComboBox<>(getTranslation("proposal.field.followsUp"));
    /** The free reference an older proposal keeps; the dialog passes it on unchanged. */
    private @Nullable String followsUpText;
    private final TextArea background = new TextArea(getTranslation("proposal.field.background"));
    /** The version the user's edit is based on; the conflict dialog moves it on when they choose. */
    private long version;
    private final ZoneId zone;
    private final Button save;

    ProposalDialog(ProposalService proposals, AreaChoices areas, Map<Long, Party> parties, Meeting meeting,
            long ownerPartyId, @Nullable Proposal proposal, @Nullable String currentBackground, Consumer<Proposal> onSaved) {
        setHeaderTitle(getTranslation(proposal == null ? "proposal.action.new" : "proposal.action.edit"));
        this.zone = parties.get(ownerPartyId).zone();
        var language = UiLanguage.current();
        area.addClassName("proposal-area");
        area.setItems(areas.ids());
        area.setItemLabelGenerator(areas::label);
        scope.setLabel(getTranslation("proposal.field.scope"));
        scope.setItems(ProposalScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("proposal.scope." + s.name()));
        scope.addValueChangeListener(e -> counterparts.setVisible(e.getValue() == ProposalScope.BILATERAL));
        var meetingDay = LocalDate.ofInstant(meeting.startsAt(), ZoneOffset.UTC);
        counterparts.setItems(parties.values().stream().filter(p -> p.isActiveOn(meetingDay) && p.id() != ownerPartyId).map(Party::id).toList());
        counterparts.setItemLabelGenerator(id -> parties.get(id).name(language));
        followsUp.addClassName("proposal-follows-up");
        followsUp.setItems(commitments(proposals, meeting, proposal));
        followsUp.setItemLabelGenerator(c -> CitedCommitment.label(c, language));
        followsUp.setClearButtonVisible(true);
        followsUp.setHelperText(getTranslation("proposal.field.followsUp.help"));
        background.setHelperText(getTranslation("proposal.field.background.help"));
        scope.setValue(ProposalScope.JOINT);
        if (proposal != null) {
            fill(proposal, currentBackground);
        }
        var form = new FormLayout(area, scope, counterparts, followsUp, title, text, background);
        for (var wide : new com.vaadin.flow.component.Component[] {area, counterparts, followsUp, title, text, background}) {
            form.setColspan(wide, 2);
        }
        add(form);
        setWidth("min(60rem, 95vw)");
        var errors = new FormErrors(Map.<String, HasValidation>of("areaId", area, "scope", scope,
                "counterparts", counterparts, "title", title, "text", text, "followsUpCommitmentId", followsUp, "background", background));
        if (proposal != null) {
            errors.onConflict(() -> conflict(proposals, proposal.id()));
        }
        save = addSaveAndCancel(errors, () -> proposal == null
                ? proposals.draft(meeting.id(), draft())
                : proposals.edit(proposal.id(), version, draft()), onSaved);
    }

    private void fill(Proposal proposal, @Nullable String currentBackground) {
        version = proposal.getVersion();
        area.setValue(proposal.areaId());
        scope.setValue(proposal.scope());
        counterparts.setValue(proposal.scope() == ProposalScope.BILATERAL ? proposal.counterpartPartyIds() : Set.of());
        title.setValue(proposal.title());
        text.setValue(proposal.text());
        followsUpText = proposal.followsUp();
        followsUp.setValue(proposal.followsUpCommitmentId() == null ? null
                : followsUp.getListDataView().getItems().filter(c -> c.id() == proposal.followsUpCommitmentId())
                        .findFirst().orElse(null));
        background.setValue(currentBackground == null ? "" : currentBackground);
    }

    /** Someone of the party saved the proposal meanwhile: compare, then keep this user's text or take theirs. */
    private void conflict(ProposalService proposals, long id) {
        var latest = proposals.get(id);
        var otherChange = proposals.history(id).getLast().revision();
        new ConflictDialog(otherChange, zone, List.of(
                new ConflictDialog.Field("proposal.field.title", latest.title(), title.getValue()),
                new ConflictDialog.Field("proposal.field.text", latest.text(), text.getValue())),
                () -> {
                    version = latest.getVersion();
                    save.click();
                },
                () -> fill(latest, proposals.background(id).orElse(null))).open();
    }

    private ProposalDraft draft() {
        return new ProposalDraft(area.getValue(), scope.getValue(),
                scope.getValue() == ProposalScope.BILATERAL ? Set.copyOf(counterparts.getValue()) : Set.of(),
                title.getValue(), text.getValue(), followsUpText, followsUp.getValue() == null ? null : followsUp.getValue().id(),
                background.getValue());
    }

    /**
     * The commitments the meeting reviews, which a proposal may follow up; and the one the proposal
     * already follows up, should every party have reported it done since.
     */
    private static List<FollowedUp> commitments(ProposalService proposals, Meeting meeting, @Nullable Proposal proposal) {
        var choices = new ArrayList<>(proposals.commitmentsUnderReview(meeting.id()));
        if (proposal != null) {
            proposals.followedUp(proposal).filter(c -> !choices.contains(c)).ifPresent(choices::add);
        }
        return choices;
    }
}
