package org.jwc.secretariat.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingPagePanel;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;

/** One meeting: when, where, how, who hosts and co-chairs, its phase and deadlines. */
@Route("meetings/:number")
@PermitAll
class MeetingView extends MeetingPage {

    private final MeetingService meetings;
    private final PartyService parties;
    private final List<MeetingPagePanel> panels;
    private final boolean admin;

    MeetingView(MeetingService meetings, PartyService parties, List<MeetingPagePanel> panels, CurrentUser currentUser) {
        super(meetings, "meeting.list.title");
        this.meetings = meetings;
        this.parties = parties;
        this.panels = panels;
        this.admin = currentUser.require().hasRole(Role.ADMIN);
    }

    @Override
    protected void show(Meeting m) {
        removeAll();
        var language = UiLanguage.current();
        var zone = parties.currentUserZone();
        var locale = getLocale();
        add(new H1(m.title().in(language)), new MeetingStage(m, parties));
        var details = new FormLayout();
        details.addFormItem(new Span(String.valueOf(m.number())), getTranslation("meeting.number"));
        details.addFormItem(new Span(Times.format(m.startsAt(), zone, locale)), getTranslation("meeting.startsAt"));
        details.addFormItem(new Span(Times.format(m.endsAt(), zone, locale)), getTranslation("meeting.endsAt"));
        details.addFormItem(new Span(getTranslation("format." + m.format().name())), getTranslation("meeting.format"));
        if (m.format().hasVenue()) {
            details.addFormItem(new Span(m.venue().in(language)), getTranslation("meeting.venue"));
        }
        if (m.format().hasBridges()) {
            details.addFormItem(new Span(m.bridges().in(language)), getTranslation("meeting.bridges"));
        }
        details.addFormItem(new Span(parties.get(m.hostPartyId()).name(language)), getTranslation("meeting.host"));
        details.addFormItem(new Span(parties.get(m.coChairPartyId()).name(language)), getTranslation("meeting.coChair"));
        var phase = new Span(getTranslation("phase." + m.phase().name()));
        phase.addClassName("meeting-phase");
        details.addFormItem(phase, getTranslation("meeting.phase"));
        deadline(details, "meeting.proposalDeadline", m.proposalDeadline());
        deadline(details, "meeting.responseDeadline", m.responseDeadline());
        deadline(details, "meeting.approvalDeadline", m.approvalDeadline());
        add(details);
        // By address, not by class: the agenda, minutes, communiqué and commitment features depend on
        // meetings, not the other way round.
        var agenda = new Button(getTranslation("meeting.action.agenda"),
                e -> getUI().ifPresent(ui -> ui.navigate("meetings/" + m.number() + "/agenda")));
        agenda.addClassName("open-agenda");
        var proposals = new Button(getTranslation("meeting.action.proposals"),
                e -> getUI().ifPresent(ui -> ui.navigate("meetings/" + m.number() + "/proposals")));
        proposals.addClassName("open-proposals");
        var minutes = new Button(getTranslation("meeting.action.minutes"),
                e -> getUI().ifPresent(ui -> ui.navigate("meetings/" + m.number() + "/minutes")));
        minutes.addClassName("open-minutes-page");
        var communique = new Button(getTranslation("meeting.action.communique"),
                e -> getUI().ifPresent(ui -> ui.navigate("meetings/" + m.number() + "/communique")));
        communique.addClassName("open-communique-page");
        var pages = new HorizontalLayout(agenda, proposals, minutes, communique);
        pages.setWrap(true);
        if (m.phase() == Phase.PREPARATION) {
            // What earlier meetings agreed and is not yet done by all is reviewed while this one is prepared.
            var review = new Button(getTranslation("meeting.action.review"),
                    e -> getUI().ifPresent(ui -> ui.navigate("meetings/" + m.number() + "/review")));
            review.addClassName("open-review");
            pages.add(review);
        }
        add(pages);
        panels.forEach(panel -> panel.panelFor(m).ifPresent(this::add));
        if (admin) {
            add(adminActions(m));
        }
    }

    private void deadline(FormLayout details, String key, @Nullable Instant deadline) {
        details.addFormItem(new Span(Times.format(deadline, parties.currentUserZone(), getLocale())), getTranslation(key));
    }

    private HorizontalLayout adminActions(Meeting m) {
        var edit = new Button(getTranslation("action.edit"),
                e -> new MeetingDialog(meetings, parties, m, saved -> redraw()).open());
        var actions = new HorizontalLayout(edit);
        actions.setWrap(true);
        var phases = Phase.values();
        if (m.phase().ordinal() > 0) {
            actions.add(phaseButton("meeting.action.phaseBack", phases[m.phase().ordinal() - 1]));
        }
        if (m.phase().ordinal() < phases.length - 1) {
            actions.add(phaseButton("meeting.action.phaseForward", phases[m.phase().ordinal() + 1]));
        }
        return actions;
    }

    /** Forward, the administrator first reads what is still open and decides; back, one click. */
    private Button phaseButton(String key, Phase target) {
        var button = new Button(getTranslation(key, getTranslation("phase." + target.name())), e -> {
            var current = meeting();
            if (target.compareTo(current.phase()) > 0) {
                MoveOnDialog.ask(current, target, meetings.openWork(current.id()), () -> move(target));
            } else {
                move(target);
            }
        });
        button.addClassName("phase-" + target.name().toLowerCase(java.util.Locale.ROOT));
        return button;
    }

    private void move(Phase target) {
        try {
            var current = meeting();
            meetings.changePhase(current.id(), current.getVersion(), target);
            redraw();
            Notifications.success(getTranslation("meeting.phaseChanged"));
        } catch (RuntimeException ex) {
            Notifications.error(ErrorHandling.messageFor(ex, getUI().orElseThrow()));
        }
    }

    @Override
    public String getPageTitle() {
        return entered() ? meeting().title().in(UiLanguage.current()) : getTranslation("meeting.list.title");
    }
}
