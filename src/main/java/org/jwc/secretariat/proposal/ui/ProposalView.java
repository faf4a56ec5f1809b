package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.ui.AddressNumbers;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.PagePart;
import org.jwc.secretariat.base.ui.Presence;
import org.jwc.secretariat.base.ui.SideBySide;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.comment.ui.CommentsPanel;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.proposal.AgreedText;
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
class ProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
    private final PagePart heading = new PagePart();
    private final PagePart facts = new PagePart();
    private final PagePart text = new PagePart();
    private final PagePart readiness = new PagePart();
    private final PagePart backgroundPart = new PagePart();
    private final PagePart actions = new PagePart();
    private final PagePart agreedText = new PagePart();
    private final PagePart responseList = new PagePart();
    private @Nullable Registration presenceHere;
    private @Nullable Proposal proposal;
    private @Nullable Map<Long, Party> partiesById;
    private @Nullable AreaChoices areaChoices;

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
        content.add(heading, viewers, facts, text, backgroundPart, readiness, actions, agreedText, new H2(getTranslation("proposal.responses")),
                responseList);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = AddressNumbers.of(event, "id").orElseThrow(() -> new RefusedException("error.notFound"));
            var page = read(id);
            var shown = page.proposal();
            show(page);
            // Outside the content that a change redraws, so that a comment being typed survives it.
            removeAll();
            history.changedSinceLastLook(id).ifPresent(this::add);
            add(content, new CommentsPanel(comments, live, new CommentsPanel.Reader(user, byId(),
                    parties.currentUserZone(), shown.ownerPartyId()), new CommentsPanel.Target(Proposal.KIND, id, shown.meetingId())));
            live.watchWhileAttached(this, new LiveUpdates.Topic(Proposal.KIND, shown.meetingId(), id), user.partyId(),
                    () -> refresh(id), new LiveUpdates.SharedRead<>(user.audience(), () -> read(id)), this::show);
            leave();
            presenceHere = presence.join(event.getUI(), Proposal.KIND + id, user.userId(), user.fullName(),
                    names -> viewers.setText(names.isEmpty() ? "" : getTranslation("proposal.viewers", String.join(", ", names))));
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageForReading(e, event.getUI()));
            event.forwardTo("");
        }
    }

    private ProposalPage read(long id) {
        return ProposalPage.read(proposals, negotiation, meetings, id, user.partyId());
    }

    /** After this user's own action, or a pushed change whose shared read failed: read again with their rights. */
    private void refresh(long id) {
        try {
            show(read(id));
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageForReading(e, getUI().orElseThrow()));
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

    /**
     * Draws the proposal; on a pushed refresh, only the parts whose data changed (a new title
     * leaves the texts and the responses, with their diffs, as they are).
     */
    private void show(ProposalPage page) {
        var p = page.proposal();
        proposal = p;
        var language = UiLanguage.current();
        var meeting = page.meeting();
        var owner = user.partyId() != null && user.partyId() == p.ownerPartyId();
        var background = page.background();
        var responses = page.responses();
        heading.show(p.title(), () -> new H1(p.title().in(language)));
        facts.show(List.of(p.getVersion(), meeting.getVersion()), () -> new ProposalFacts(p, meeting, byId(),
                areaChoices(language), language, page.links()));
        text.show(List.of(p.title(), p.text()), () -> new Div(new H2(getTranslation("proposal.field.title")),
                SideBySide.texts("proposal-title", p.title()), new H2(getTranslation("proposal.field.text")),
                SideBySide.texts("proposal-text", p.text())));
        readiness.show(List.of(p.getVersion(), meeting.getVersion()), () -> owner && p.status() == ProposalStatus.DRAFT
                ? new SubmissionReadiness(p, meeting, user, byId(), parties.currentUserZone()) : null);
        backgroundPart.show(background, () -> backgroundBox(background));
        actions.show(List.of(p.getVersion(), meeting.getVersion(), String.valueOf(background)), () -> new ProposalActions(
                new ProposalActions.Context(proposals, negotiation, meetings, p, meeting, user, areaChoices(language), byId(), background),
                this::showHistory, () -> refresh(p.id())));
        var agreed = page.agreed();
        agreedText.show(agreed == null ? null : List.of(p.status(), p.getVersion()), () -> agreedBox(agreed, language));
        responseList.show(List.of(responses.stream().map(r -> r.id() + ":" + r.getVersion()).toList(), p.text(), p.status(),
                p.counterpartPartyIds()), () -> new ResponseList(responses, p, byId(), language,
                        r -> history.responseDialog(p.id(), r.partyId()).open()));
    }

    /** The agreed text under who wrote it: the owner, the counterpart whose amendment was taken, or the host's secretary. */
    private Div agreedBox(AgreedText agreed, Language language) {
        var party = byId().get(agreed.partyId()).name(language);
        var author = new Span(getTranslation("proposal.agreedBy." + agreed.source().name(), party,
                agreed.authorName() == null ? "" : agreed.authorName(),
                Times.format(agreed.writtenAt(), parties.currentUserZone(), getLocale())));
        author.addClassName("agreed-by");
        return new Div(new H2(getTranslation("proposal.agreedText")), author, SideBySide.texts("agreed-text", agreed.text()));
    }

    /** The internal background, for the owner party's eyes only. */
    private Div backgroundBox(String background) {
        var box = new Div(new H2(getTranslation("proposal.field.background")), new Span(background));
        box.addClassName("proposal-background");
        return box;
    }

    /** The parties and area labels, read once per page: a refresh pushed to many screens reads neither again. */
    private Map<Long, Party> byId() {
        if (partiesById == null) {
            partiesById = parties.byId();
        }
        return partiesById;
    }

    private AreaChoices areaChoices(Language language) {
        if (areaChoices == null) {
            areaChoices = new AreaChoices(areas, language);
        }
        return areaChoices;
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

    /** The parties a proposal goes to, in the reader's language; a dash while it names none. */
    static String addressees(Proposal p, Map<Long, Party> parties, Language language) {
        return p.counterpartPartyIds().isEmpty() ? "—" : names(p.counterpartPartyIds(), parties, language);
    }

    /** Names of parties, in the reader's language, joined. */
    static String names(java.util.Collection<Long> ids, Map<Long, Party> parties, Language language) {
        return ids.stream().map(parties::get).map(p -> p.name(language)).sorted().collect(Collectors.joining(", "));
    }
}
