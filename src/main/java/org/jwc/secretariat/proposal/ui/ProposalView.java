package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.Presence;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.comment.ui.CommentThreadView;
import org.jwc.secretariat.comment.ui.CommentsPanel;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ProposalStatus;
import org.jwc.secretariat.reading.ReadingService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.SecretariatUser;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One proposal: its texts side by side in both official languages, whom it addresses, the
 * counterparts' responses, and what the reader's role may do with it. The internal background
 * appears only for the owner party.
 */
@Route("proposals/:id")
@PermitAll
public class ProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final NegotiationService negotiation;
    private final MeetingService meetings;
    private final PartyService parties;
    private final AreaService areas;
    private final SecretariatUser user;
    private final LiveUpdates live;
    private final Presence presence;
    private final Span viewers = new Span();
    private final VerticalLayout content = new VerticalLayout();
    private final CommentService comments;
    private final ProposalHistory history;
    private @Nullable Registration presenceHere;
    private @Nullable Proposal proposal;

    ProposalView(ProposalService proposals, NegotiationService negotiation, MeetingService meetings,
            PartyService parties, AreaService areas, CurrentUser currentUser, LiveUpdates live, Presence presence,
            CommentService comments, ReadingService reading) {
        this.proposals = proposals;
        this.negotiation = negotiation;
        this.meetings = meetings;
        this.parties = parties;
        this.areas = areas;
        this.user = currentUser.require();
        this.live = live;
        this.presence = presence;
        this.comments = comments;
        this.history = new ProposalHistory(proposals, negotiation, reading, parties.currentUserZone());
        viewers.addClassName("proposal-viewers");
        content.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = event.getRouteParameters().getLong("id").orElseThrow();
            var shown = proposals.get(id);
            show(shown);
            // Outside the content that a change redraws, so that a comment being typed survives it.
            removeAll();
            history.changedSinceLastLook(id).ifPresent(this::add);
            add(content, new CommentsPanel(comments, live, new CommentThreadView.Context(user, parties.byId(),
                    parties.currentUserZone(), shown.ownerPartyId()), new CommentsPanel.Target(Proposal.KIND, id, shown.meetingId())));
            live.watchWhileAttached(this, new LiveUpdates.Topic(Proposal.KIND, shown.meetingId(), id), user.partyId(),
                    () -> refresh(id));
            leave();
            presenceHere = presence.join(event.getUI(), Proposal.KIND + id, user.userId(), user.fullName(),
                    names -> viewers.setText(names.isEmpty() ? "" : getTranslation("proposal.viewers", String.join(", ", names))));
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageFor(e, event.getUI()));
            event.forwardTo("");
        }
    }

    /** Another user's change, pushed: read again with this user's rights. */
    private void refresh(long id) {
        try {
            show(proposals.get(id));
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageFor(e, getUI().orElseThrow()));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leave();
        // Changes pushed while the page was open have been seen: one write on leaving, not one per push.
        // A session that expires detaches without a signed-in user, and has nothing to record.
        if (proposal != null && SecurityContextHolder.getContext().getAuthentication() != null) {
            history.lookedAtLatest(proposal.id());
        }
    }

    /** No longer among those viewing this proposal. */
    private void leave() {
        if (presenceHere != null) {
            presenceHere.remove();
            presenceHere = null;
        }
    }

    private void show(Proposal p) {
        proposal = p;
        content.removeAll();
        var language = UiLanguage.current();
        var byId = parties.byId();
        var meeting = meetings.get(p.meetingId());
        var areaChoices = new AreaChoices(areas, language);
        content.add(new H2(p.title().in(language)), viewers);
        content.add(new ProposalFacts(p, meeting, byId, areaChoices, language));
        content.add(textsSideBySide("proposal-text", p.text()));
        var owner = user.partyId() != null && user.partyId() == p.ownerPartyId();
        var background = owner ? proposals.background(p.id()).orElse(null) : null;
        if (background != null) {
            var box = new Div(new H3(getTranslation("proposal.field.background")), new Span(background));
            box.addClassName("proposal-background");
            content.add(box);
        }
        content.add(new ProposalActions(new ProposalActions.Context(proposals, negotiation, meetings, p, meeting, user,
                areaChoices, byId, background), this::showHistory, () -> show(proposals.get(p.id()))));
        if (p.status() == ProposalStatus.AGREED || p.status() == ProposalStatus.AGREED_AMENDED) {
            content.add(new H3(getTranslation("proposal.agreedText")), textsSideBySide("agreed-text", negotiation.agreedText(p.id())));
        }
        content.add(new H3(getTranslation("proposal.responses")));
        content.add(new ResponseList(negotiation.responses(p.id()), p, byId, language,
                r -> history.responseDialog(p.id(), r.partyId()).open()));
    }

    /** Vietnamese and Chinese next to each other, as the parties read them; English under them when there is one. */
    static VerticalLayout textsSideBySide(String className, LocalizedText text) {
        var pair = new HorizontalLayout();
        pair.setWidthFull();
        for (var language : List.of(Language.VI, Language.ZH)) {
            pair.add(paragraph(text.get(language), language));
        }
        var layout = new VerticalLayout(pair);
        if (text.en() != null) {
            layout.add(paragraph(text.en(), Language.EN));
        }
        layout.setPadding(false);
        layout.addClassName(className);
        return layout;
    }

    private static Div paragraph(@Nullable String text, Language language) {
        var div = new Div();
        div.setText(text == null ? "" : text);
        div.getElement().setAttribute("lang", language.locale().toLanguageTag());
        div.getStyle().set("white-space", "pre-wrap").set("flex", "1 1 0");
        return div;
    }

    private void showHistory() {
        try {
            history.dialog(proposal.id()).open();
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageFor(e, getUI().orElseThrow()));
        }
    }

    @Override
    public String getPageTitle() {
        return proposal == null ? "" : proposal.title().in(UiLanguage.current());
    }

    /** Names of parties, in the reader's language, joined. */
    static String names(java.util.Collection<Long> ids, Map<Long, Party> parties, Language language) {
        return ids.stream().map(parties::get).map(p -> p.name(language)).sorted().collect(Collectors.joining(", "));
    }
}
