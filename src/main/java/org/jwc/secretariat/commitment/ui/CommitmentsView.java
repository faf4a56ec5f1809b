package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.PagePart;
import org.jwc.secretariat.commitment.CommitmentReport;
import org.jwc.secretariat.commitment.CommitmentService;
import org.jwc.secretariat.commitment.CommitmentSummary;
import org.jwc.secretariat.commitment.CommitmentView;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.ui.MeetingPage;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;

/**
 * The commitments of every meeting, or of one ({@code meetings/:number/commitments}): filters, the
 * counts by party and by area as charts with their figures, the implementation report of the chosen
 * meeting, and the commitments themselves, each opening its details and progress reports.
 * {@code ?commitment=id} opens one's details at once, as the review page links to them.
 */
@Menu(order = 2, title = "nav.commitments")
@Route("commitments")
@RouteAlias("meetings/:number/commitments")
@PermitAll
class CommitmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String COMMITMENT_PARAMETER = "commitment";

    private final CommitmentService commitments;
    private final CommitmentReport report;
    private final MeetingService meetings;
    private final CommitmentContext context;
    private final CommitmentFilterBar filters;
    private final PagePart downloads = new PagePart();
    private final Div summary = new Div();
    private final Div list = new Div();
    private @Nullable CommitmentDialog details;

    CommitmentsView(CommitmentService commitments, CommitmentReport report, MeetingService meetings, AreaService areas,
            PartyService parties, CurrentUser currentUser, Clock clock) {
        this.commitments = commitments;
        this.report = report;
        this.meetings = meetings;
        this.context = CommitmentContext.read(commitments, meetings, areas, parties, currentUser, clock);
        this.filters = new CommitmentFilterBar(List.copyOf(context.meetings().values()), context.areas(),
                List.copyOf(context.parties().values()), context.language(), this::refresh);
        addClassName("commitments-view");
        summary.addClassName("commitment-summary-part");
        list.addClassName("commitment-list");
        add(new H1(getTranslation("commitment.title")), filters, downloads, summary, list);
        // A dialog belongs to the UI, not the page: it would stay open over the next page.
        addDetachListener(e -> closeDetails());
    }

    /** The address that opens a commitment's details over its meeting's commitments, to link to. */
    static String detailsAddress(int meetingNumber, long commitmentId) {
        return "meetings/" + meetingNumber + "/commitments?" + COMMITMENT_PARAMETER + "=" + commitmentId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The router reuses this page for another address of it: what it showed before is closed.
        closeDetails();
        Long meetingId = null;
        if (event.getRouteParameters().get("number").isPresent()) {
            var found = MeetingPage.meetingOf(event, meetings);
            if (found.isEmpty()) {
                return;
            }
            meetingId = found.get().id();
        }
        filters.presetMeeting(meetingId);
        refresh();
        event.getLocation().getQueryParameters().getSingleParameter(COMMITMENT_PARAMETER)
                .flatMap(CommitmentsView::number)
                .ifPresent(this::openDetails);
    }

    /** Redraws the downloads, the summary and the list for the filters' current choice. */
    private void refresh() {
        var filter = filters.filter();
        var meetingId = filter.meetingId();
        downloads.show(meetingId, () -> new ReportDownloads(report, Objects.requireNonNull(meetingId)));
        var found = commitments.find(filter);
        summary.removeAll();
        summary.add(new SummaryPanel(context, CommitmentSummary.of(found)));
        list.removeAll();
        list.add(listHeading(found));
        if (found.isEmpty()) {
            var none = new Span(getTranslation("commitment.list.none"));
            none.addClassName("no-commitments");
            list.add(none);
        }
        found.forEach(view -> list.add(new CommitmentCard(context, view, v -> openDetails(v.commitment().id()))));
    }

    private H2 listHeading(List<CommitmentView> found) {
        var heading = new H2(getTranslation("commitment.list.count", found.size()));
        heading.addClassName("commitment-count");
        heading.getElement().setAttribute("data-count", String.valueOf(found.size()));
        return heading;
    }

    private void openDetails(long commitmentId) {
        closeDetails();
        ErrorHandling.attempt(this, () -> {
            details = new CommitmentDialog(context, commitmentId, this::refresh);
            details.open();
        });
    }

    private void closeDetails() {
        if (details != null) {
            details.close();
            details = null;
        }
    }

    private static java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commitment.title");
    }
}
