package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.ui.LinkColumn;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.NarrowScreen;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.meeting.ui.MeetingPage;
import org.jwc.secretariat.meeting.ui.MeetingStage;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalFilter;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;

/**
 * A meeting's proposals: the user's party's own (drafts included) and every party's submitted
 * ones, filtered by area, owner and status, read page by page from the database.
 */
@Route("meetings/:number/proposals")
@PermitAll
class ProposalsView extends MeetingPage {

    private final ProposalService proposals;
    private final MeetingService meetings;
    private final PartyService parties;
    private final AreaService areas;
    private final SecretariatUser user;
    private final Grid<Proposal> grid = new Grid<>();
    private @Nullable ProposalFilterBar filters;
    private final LiveUpdates live;

    ProposalsView(ProposalService proposals, MeetingService meetings, PartyService parties, AreaService areas,
            CurrentUser currentUser, LiveUpdates live) {
        super(meetings, "proposal.list.title");
        this.proposals = proposals;
        this.meetings = meetings;
        this.parties = parties;
        this.areas = areas;
        this.live = live;
        this.user = currentUser.require();
        grid.addClassName("proposals");
        watchLive(live, Proposal.KIND, user.partyId());
    }

    /** A change refreshes the rows; the filters and the rest stay as the user set them. */
    @Override
    protected void changed() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected void show(Meeting m) {
        removeAll();
        var language = UiLanguage.current();
        var byId = parties.byId();
        var areaChoices = new AreaChoices(areas, language);
        filters = new ProposalFilterBar(areaChoices, byId, language, () -> grid.getDataProvider().refreshAll());
        add(new H1(getTranslation("proposal.list.title", m.title().in(language))), new MeetingStage(m, parties));
        add(new DeadlineLine(meetings, m, user, parties.currentUserZone(), this::redraw));
        var actions = new HorizontalLayout();
        var drafter = user.partyId() != null && (user.hasRole(Role.DELEGATE) || user.hasRole(Role.SECRETARY));
        if (drafter && EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION).contains(m.phase())) {
            var create = new Button(getTranslation("proposal.action.new"), e -> new ProposalDialog(proposals, areaChoices,
                    byId, m, Objects.requireNonNull(user.partyId()), null, null, saved -> open(saved.id())).open());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(create);
        }
        var matrix = new Button(getTranslation("proposal.matrix.open"),
                e -> getUI().ifPresent(ui -> ui.navigate("meetings/" + m.number() + "/proposals/matrix")));
        actions.add(matrix);
        add(actions);
        // Offered only while the meeting prepares, which the service decides: empty otherwise.
        var deferred = drafter ? proposals.deferredToCarryOver(m.id()) : List.<Proposal>of();
        if (!deferred.isEmpty()) {
            add(new CarryOverList(proposals, m, deferred, language, this::open));
        }
        add(filters);

        grid.removeAllColumns();
        var owner = grid.addColumn(p -> byId.get(p.ownerPartyId()).name(language)).setHeader(getTranslation("proposal.field.owner"))
                .setAutoWidth(true);
        LinkColumn.add(grid, p -> "proposals/" + p.id(), p -> p.title().in(language), p -> open(p.id()))
                .setHeader(getTranslation("proposal.field.title")).setFlexGrow(3);
        var area = grid.addColumn(p -> areaChoices.label(p.areaId())).setHeader(getTranslation("proposal.field.area")).setFlexGrow(2);
        var scope = grid.addColumn(p -> getTranslation("proposal.scope." + p.scope().name()))
                .setHeader(getTranslation("proposal.field.scope")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("proposal.status." + p.status().name())).setHeader(getTranslation("proposal.field.status"))
                .setAutoWidth(true);
        NarrowScreen.hideOnPhones(grid, owner, area, scope);
        grid.setEmptyStateText(getTranslation("proposal.list.empty"));
        grid.setItems(query -> proposals.visible(m.id(), filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) proposals.countVisible(m.id(), filter()));
        add(grid);
        setSizeFull();
    }

    private ProposalFilter filter() {
        return Objects.requireNonNull(filters).filter();
    }

    private void open(long proposalId) {
        getUI().ifPresent(ui -> ui.navigate("proposals/" + proposalId));
    }

    /** The proposal deadline in the reader's zone; the host's secretary and administrators extend it. */
    static class DeadlineLine extends HorizontalLayout {

        DeadlineLine(MeetingService meetings, Meeting m, SecretariatUser user, ZoneId zone, Runnable onExtended) {
            setAlignItems(Alignment.BASELINE);
            addClassName("proposal-deadline");
            add(new Span(getTranslation("meeting.proposalDeadline") + ": " + Times.format(m.proposalDeadline(), zone, getLocale())));
            var host = user.hasRole(Role.SECRETARY) && Objects.equals(user.partyId(), m.hostPartyId());
            if ((host || user.hasRole(Role.ADMIN)) && EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION).contains(m.phase())) {
                var extend = new Button(getTranslation("proposal.action.extendDeadline"),
                        e -> new ExtendDeadlineDialog(meetings, m, zone, onExtended).open());
                extend.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                add(extend);
            }
        }
    }
}
