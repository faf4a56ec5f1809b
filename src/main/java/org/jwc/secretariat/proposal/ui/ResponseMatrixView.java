package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.NarrowScreen;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.ui.MeetingPage;
import org.jwc.secretariat.meeting.ui.MeetingStage;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.proposal.MatrixRow;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.security.CurrentUser;

/** A meeting's proposals against the parties, each addressed party's position at a glance. */
@Route("meetings/:number/proposals/matrix")
@PermitAll
class ResponseMatrixView extends MeetingPage {

    private final NegotiationService negotiation;
    private final ProposalService proposals;
    private final MeetingService meetings;
    private final PartyService parties;
    private final AreaService areas;
    private final Grid<MatrixRow> grid = new Grid<>();
    private final LiveUpdates live;
    private final @Nullable Long partyId;

    ResponseMatrixView(NegotiationService negotiation, ProposalService proposals, MeetingService meetings,
            PartyService parties, AreaService areas, LiveUpdates live, CurrentUser currentUser) {
        super(meetings, "proposal.matrix.title");
        this.negotiation = negotiation;
        this.proposals = proposals;
        this.meetings = meetings;
        this.parties = parties;
        this.areas = areas;
        this.live = live;
        this.partyId = currentUser.require().partyId();
        grid.addClassName("response-matrix");
        watchLive(live, Proposal.KIND, partyId);
    }

    /** A change refreshes the rows; the filters and the rest stay as the user set them. */
    @Override
    protected void changed() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected void show(Meeting m) {
        var language = UiLanguage.current();
        var byId = parties.byId();
        var filters = new ProposalFilterBar(new AreaChoices(areas, language), byId, language,
                () -> grid.getDataProvider().refreshAll());
        add(new H1(getTranslation("proposal.matrix.title", m.title().in(language))), new MeetingStage(m, parties), filters);
        var owner = grid.addColumn(r -> byId.get(r.proposal().ownerPartyId()).name(language))
                .setHeader(getTranslation("proposal.field.owner")).setAutoWidth(true);
        grid.addColumn(r -> r.proposal().title().in(language)).setHeader(getTranslation("proposal.field.title"))
                .setFlexGrow(3);
        var status = grid.addColumn(r -> getTranslation("proposal.status." + r.proposal().status().name()))
                .setHeader(getTranslation("proposal.field.status")).setAutoWidth(true);
        var meetingDay = LocalDate.ofInstant(m.startsAt(), ZoneOffset.UTC);
        var taking = byId.values().stream().filter(p -> p.isActiveOn(meetingDay)).toList();
        var partyColumns = new ArrayList<Grid.Column<MatrixRow>>(List.of(owner, status));
        for (Party party : taking) {
            partyColumns.add(grid.addColumn(r -> cell(r, party.id())).setHeader(party.code()).setAutoWidth(true)
                    .setTooltipGenerator(r -> party.name(language))
                    .setPartNameGenerator(r -> partName(r, party.id())));
        }
        // A phone has no room for a column per party: one column lists each party's position instead.
        var positions = grid.addColumn(r -> taking.stream().map(p -> p.code() + ": " + cell(r, p.id())).filter(t -> !t.endsWith(": "))
                .collect(Collectors.joining(" · "))).setHeader(getTranslation("proposal.matrix.positions")).setFlexGrow(2);
        NarrowScreen.hideOnPhones(grid, partyColumns);
        NarrowScreen.showOnPhonesOnly(grid, positions);
        grid.setItems(query -> negotiation.matrix(m.id(), filters.filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) proposals.countVisible(m.id(), filters.filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("proposals/" + e.getItem().proposal().id())));
        add(grid);
        setSizeFull();
    }

    private String cell(MatrixRow row, long partyId) {
        if (row.proposal().ownerPartyId() == partyId) {
            return getTranslation("proposal.matrix.owner");
        }
        if (!row.proposal().addresses(partyId)) {
            return "";
        }
        var position = row.positions().get(partyId);
        return position == null ? getTranslation("proposal.matrix.awaiting") : getTranslation("proposal.position." + position.name());
    }

    private static @Nullable String partName(MatrixRow row, long partyId) {
        var position = row.positions().get(partyId);
        return position == null ? null : "position-" + position.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
