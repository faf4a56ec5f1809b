package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jwc.secretariat.base.ui.Buttons;
import org.jwc.secretariat.base.ui.ConfirmStep;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.PagePart;
import org.jwc.secretariat.base.ui.ReasonDialog;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.communique.Approval;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.Communique;
import org.jwc.secretariat.communique.CommuniqueExport;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.CommuniqueVersion;
import org.jwc.secretariat.communique.Decision;
import org.jwc.secretariat.communique.PartyStanding;
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
 * The approval of the communiqué: its circulated versions with their fingerprints, where each
 * taking-part party stands, and for a party's leader the decision on the latest version, approving
 * exactly the text (the hash) shown. Once every leader has approved the same version, the record of
 * who approved which hash and when.
 */
@Route("meetings/:number/communique/approval")
@PermitAll
class ApprovalView extends MeetingPage {

    private final CommuniqueService communiques;
    private final ApprovalService approvals;
    private final MeetingService meetings;
    private final PartyService parties;
    private final LiveUpdates live;
    private final CommuniqueExport export;
    private final SecretariatUser user;
    private final PagePart stage = new PagePart();
    private final PagePart decisionPart = new PagePart();
    private final PagePart versionsPart = new PagePart();
    private final PagePart standingPart = new PagePart();

    ApprovalView(CommuniqueService communiques, ApprovalService approvals, MeetingService meetings, PartyService parties,
            LiveUpdates live, CommuniqueExport export, CurrentUser currentUser) {
        super(meetings, "communique.approval.title");
        this.communiques = communiques;
        this.approvals = approvals;
        this.meetings = meetings;
        this.parties = parties;
        this.live = live;
        this.export = export;
        this.user = currentUser.require();
        addClassName("approval-view");
        watchLive(live, Communique.KIND, user.partyId());
    }

    /**
     * Redraws only the parts whose data changed: another leader's decision redraws the standing, not
     * the buttons a user may be about to click.
     */
    @Override
    protected void show(Meeting m) {
        if (getComponentCount() == 0) {
            add(new H1(getTranslation("communique.approval.title", m.title().in(UiLanguage.current()))), stage);
            var back = new Button(getTranslation("communique.action.draftPage"),
                    e -> CommuniqueNavigation.toWorkingText(m));
            back.addClassName("open-communique");
            add(back, decisionPart, versionsPart, standingPart);
        }
        stage.show(MeetingStage.shownState(m), () -> new MeetingStage(m, parties));
        var found = communiques.find(m.id());
        if (found.isEmpty()) {
            decisionPart.show("none", () -> notOpen(m));
            return;
        }
        var zone = parties.currentUserZone();
        var versions = approvals.versions(m.id());
        var standing = approvals.standing(m.id());
        var communique = found.get();
        var latest = versions.isEmpty() ? null : versions.getLast();
        if (communique.isFinal()) {
            var decisions = approvals.decisions(m.id());
            decisionPart.show(List.of("final", decisions), () -> new FinalRecord(communique, versions, decisions, parties.byId(), zone));
        } else {
            // The reader's own party's decision is part of what this part shows.
            var own = standing.stream().filter(st -> Objects.equals(st.party().id(), user.partyId())).map(ApprovalView::shown).toList();
            decisionPart.show(latest == null ? "no version" : List.of(latest.id(), m.phase(), own), () -> latest == null ? notOpen(m)
                    : decision(m, latest, standing));
        }
        versionsPart.show(versions.stream().map(CommuniqueVersion::id).toList(), () -> versions(versions, zone));
        standingPart.show(standing.stream().map(ApprovalView::shown).toList(), () -> standing(standing, versions, zone));
    }

    /** Before a version is circulated there is nothing to decide: the reader learns when there will be. */
    private Span notOpen(Meeting m) {
        var notOpen = new Span(getTranslation("communique.approvalNotOpen", parties.get(m.hostPartyId()).name(UiLanguage.current())));
        notOpen.addClassName("approval-not-open");
        return notOpen;
    }

    private VerticalLayout versions(List<CommuniqueVersion> versions, ZoneId zone) {
        var layout = new VerticalLayout(new H2(getTranslation("communique.versions")));
        layout.setPadding(false);
        if (versions.isEmpty()) {
            layout.add(new Span(getTranslation("communique.noVersion")));
            return layout;
        }
        layout.add(new VersionList(versions, zone, export));
        if (versions.size() >= 2) {
            var compare = new Button(getTranslation("communique.action.compare"),
                    e -> ErrorHandling.attempt(this, () -> new CompareDialog(approvals, versions).open()));
            compare.addClassName("compare-versions");
            layout.add(compare);
        }
        return layout;
    }

    /** What a party's standing shows: its latest decision as saved, and whether it went stale. */
    private static List<Object> shown(PartyStanding standing) {
        var decision = standing.decision();
        return decision == null ? List.of(standing.party().id())
                : List.of(standing.party().id(), decision.id(), decision.getVersion(), standing.stale());
    }

    private VerticalLayout standing(List<PartyStanding> standing, List<CommuniqueVersion> versions, ZoneId zone) {
        var layout = new VerticalLayout(new H2(getTranslation("communique.standing")));
        layout.setPadding(false);
        standing.forEach(s -> layout.add(new StandingCard(s, versions, zone)));
        return layout;
    }

    /** A taking-part party's leader decides on the latest version, naming its hash as shown here. */
    private VerticalLayout decision(Meeting m, CommuniqueVersion latest, List<PartyStanding> standing) {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        var leads = user.hasRole(Role.LEADER) && m.phase() == Phase.APPROVAL
                && standing.stream().anyMatch(s -> Objects.equals(s.party().id(), user.partyId()));
        if (!leads) {
            return layout;
        }
        var own = standing.stream().filter(s -> Objects.equals(s.party().id(), user.partyId())).findFirst()
                .map(PartyStanding::decision).filter(d -> d.versionId() == latest.id()).orElse(null);
        if (own != null) {
            layout.add(ownDecision(own, latest));
        }
        var shown = new Span(getTranslation("communique.decidingOn", latest.number(), latest.fingerprint()));
        shown.addClassName("deciding-on");
        shown.getElement().setAttribute("data-sha256", latest.sha256());
        layout.add(shown);
        var actions = new HorizontalLayout();
        // Approved already: the party may still return it while the others decide, not approve it twice.
        if (own == null || !own.approved()) {
            actions.add(approveOrWhyNot(latest));
        }
        actions.add(button("communique.action.return", "return-version", ButtonVariant.ERROR,
                () -> new ReasonDialog("communique.action.return", "communique.field.returnComment",
                        comment -> approvals.decide(latest.id(), latest.sha256(), Decision.RETURNED, comment), this::redraw).open()));
        layout.add(actions);
        return layout;
    }

    /** The approval, asked once more, or why this version cannot be approved. */
    private Component approveOrWhyNot(CommuniqueVersion latest) {
        if (!latest.approvable()) {
            var not = new Span(getTranslation("communique.notApprovable", latest.pendingPairs(), latest.openBrackets()));
            not.addClassName("not-approvable");
            return not;
        }
        return button("communique.action.approve", "approve-version", ButtonVariant.PRIMARY,
                () -> ConfirmStep.ask("confirm-approval", getTranslation("communique.action.approve"),
                        getTranslation("communique.confirm.approve", latest.number(), latest.fingerprint(),
                                parties.get(Objects.requireNonNull(user.partyId())).name(UiLanguage.current())),
                        getTranslation("communique.confirm.approveButton"), false,
                        () -> act(() -> approvals.decide(latest.id(), latest.sha256(), Decision.APPROVED, null))));
    }

    /** What the reader's party decided on this version: they read it, not an offer to decide again. */
    private Span ownDecision(Approval own, CommuniqueVersion latest) {
        var text = new Span(getTranslation(own.approved() ? "communique.ownDecision.approved" : "communique.ownDecision.returned",
                latest.number(), latest.fingerprint(), own.leaderName(), Times.format(own.decidedAt(), parties.currentUserZone(), getLocale())));
        text.addClassName("own-decision");
        text.getElement().setAttribute("data-decision", own.decision().name());
        return text;
    }

    private Button button(String key, String className, ButtonVariant variant, Runnable action) {
        return Buttons.of(getTranslation(key), className, action, variant);
    }

    private void act(Runnable action) {
        if (ErrorHandling.attempt(this, action)) {
            redraw();
        }
    }
}
