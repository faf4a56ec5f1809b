package org.jwc.secretariat.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.jwc.secretariat.agenda.AgendaItem;
import org.jwc.secretariat.agenda.AgendaItemRevision;
import org.jwc.secretariat.agenda.AgendaItemStatus;
import org.jwc.secretariat.agenda.AgendaService;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.HistoryDialog;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.ReasonDialog;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.comment.ui.CommentsPanel;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.meeting.ui.MeetingPage;
import org.jwc.secretariat.meeting.ui.MeetingStage;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;

/**
 * A meeting's agenda: the user's party works on its own items (drafts stay inside the party), all
 * parties read the submitted ones, and the host's secretary places, declines and orders them into
 * the official agenda, whose timetable everyone reads in their own time zone.
 */
@Route("meetings/:number/agenda")
@PermitAll
class AgendaView extends MeetingPage {

    private final AgendaService agenda;
    private final MeetingService meetings;
    private final PartyService parties;
    private final SecretariatUser user;
    private final CommentService comments;
    private final LiveUpdates live;

    AgendaView(AgendaService agenda, MeetingService meetings, PartyService parties, CurrentUser currentUser,
            CommentService comments, LiveUpdates live) {
        super(meetings, "agenda.title");
        this.agenda = agenda;
        this.meetings = meetings;
        this.parties = parties;
        this.user = currentUser.require();
        this.comments = comments;
        this.live = live;
        watchLive(live, AgendaItem.KIND, user.partyId());
    }

    @Override
    protected void show(Meeting m) {
        removeAll();
        var items = agenda.visibleItems(m.id());
        add(new H1(getTranslation("agenda.title", m.title().in(UiLanguage.current()))), new MeetingStage(m, parties));
        if (user.partyId() != null) {
            add(new H2(getTranslation("agenda.own")));
            if (m.phase() == Phase.PREPARATION && (user.hasRole(Role.DELEGATE) || user.hasRole(Role.SECRETARY))) {
                var create = new Button(getTranslation("agenda.action.new"),
                        e -> new AgendaItemDialog(agenda, m.id(), null, parties.currentUserZone(), this::redraw).open());
                create.addThemeVariants(ButtonVariant.PRIMARY);
                add(create);
            }
            var own = items.stream().filter(i -> i.ownerPartyId() == user.partyId()).toList();
            add(new AgendaGrid("own-items", "agenda.empty.own", this::withOwnActions, own, parties));
        }
        add(new H2(getTranslation("agenda.submitted")));
        var submitted = items.stream().filter(i -> i.status() != AgendaItemStatus.DRAFT).toList();
        add(new AgendaGrid("submitted-items", "agenda.empty.submitted", this::withHostActions, submitted, parties));
        add(new H2(getTranslation("agenda.official")));
        add(new OfficialAgendaGrid(agenda.officialAgenda(m.id()), m, parties, isHostSecretary() ? this::moveTo : null));
    }

    private HorizontalLayout withOwnActions(AgendaItem item) {
        var actions = new HorizontalLayout(historyButton(item), commentsButton(item));
        var m = meeting();
        var drafter = user.hasRole(Role.DELEGATE) || user.hasRole(Role.SECRETARY);
        if (item.status() == AgendaItemStatus.DRAFT && drafter && m.phase() == Phase.PREPARATION) {
            var edit = new Button(getTranslation("agenda.action.edit"),
                    e -> new AgendaItemDialog(agenda, m.id(), item, parties.currentUserZone(), this::redraw).open());
            edit.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            actions.add(edit);
        }
        if (user.hasRole(Role.SECRETARY) && item.status() == AgendaItemStatus.DRAFT) {
            actions.add(small("agenda.action.submit", () -> agenda.submit(item.id(), item.getVersion())));
        }
        if (user.hasRole(Role.SECRETARY) && item.status() != AgendaItemStatus.DRAFT && item.status() != AgendaItemStatus.WITHDRAWN) {
            actions.add(small("agenda.action.withdraw", () -> agenda.withdraw(item.id(), item.getVersion())));
        }
        return actions;
    }

    private HorizontalLayout withHostActions(AgendaItem item) {
        var actions = new HorizontalLayout(historyButton(item), commentsButton(item));
        if (!isHostSecretary()) {
            return actions;
        }
        if (item.status() == AgendaItemStatus.SUBMITTED || item.status() == AgendaItemStatus.DECLINED) {
            actions.add(small("agenda.action.place", () -> agenda.place(item.id(), item.getVersion())));
        }
        if (item.status() == AgendaItemStatus.SUBMITTED || item.status() == AgendaItemStatus.PLACED) {
            var decline = new Button(getTranslation("agenda.action.decline"), e -> new ReasonDialog("agenda.action.decline",
                    "agenda.field.declineReason", reason -> agenda.decline(item.id(), item.getVersion(), reason), this::redraw).open());
            decline.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            actions.add(decline);
        }
        return actions;
    }

    private Button historyButton(AgendaItem item) {
        var history = new Button(getTranslation("agenda.action.history"), e -> {
            try {
                new HistoryDialog<>(agenda.history(item.id()), AgendaItemRevision::revision, List.of(
                        new HistoryDialog.Field<AgendaItemRevision>("agenda.field.title", r -> r.state().title()),
                        new HistoryDialog.Field<AgendaItemRevision>("agenda.field.description", r -> r.state().description())),
                        parties.currentUserZone()).open();
            } catch (RuntimeException ex) {
                Notifications.error(ErrorHandling.messageFor(ex, getUI().orElseThrow()));
            }
        });
        history.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return history;
    }

    private Button commentsButton(AgendaItem item) {
        var button = new Button(getTranslation("comment.action.open"), e -> new CommentsPanel(comments, live,
                new CommentsPanel.Reader(user, parties.byId(), parties.currentUserZone(), item.ownerPartyId()),
                new CommentsPanel.Target(AgendaItem.KIND, item.id(), item.meetingId())).openInDialog(item.title().in(UiLanguage.current())));
        button.addClassName("comments-button");
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }

    private void moveTo(AgendaItem item, int position) {
        act(() -> agenda.placeOnOfficialAgendaAt(item.id(), position));
    }

    private Button small(String key, Runnable action) {
        var button = new Button(getTranslation(key), e -> act(action));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }

    private void act(Runnable action) {
        if (ErrorHandling.attempt(this, action)) {
            redraw();
        }
    }

    private boolean isHostSecretary() {
        var m = meeting();
        return user.hasRole(Role.SECRETARY) && Objects.equals(user.partyId(), m.hostPartyId())
                && (m.phase() == Phase.PREPARATION || m.phase() == Phase.NEGOTIATION);
    }
}
