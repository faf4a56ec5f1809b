package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.commitment.CommitmentReport;
import org.jwc.secretariat.commitment.CommitmentService;
import org.jwc.secretariat.commitment.CommitmentView;
import org.jwc.secretariat.commitment.LatestNotes;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.ui.MeetingPage;
import org.jwc.secretariat.meeting.ui.MeetingStage;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;

/**
 * What a meeting reviews as it is prepared: the commitments of earlier meetings that some
 * responsible party has not yet reported done, grouped by the meeting that agreed them, with each
 * party's status and latest report, and that meeting's implementation report to download.
 */
@Route("meetings/:number/review")
@PermitAll
class ReviewView extends MeetingPage {

    private final CommitmentService commitments;
    private final CommitmentReport report;
    private final MeetingService meetings;
    private final AreaService areas;
    private final PartyService parties;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewView(CommitmentService commitments, CommitmentReport report, MeetingService meetings, AreaService areas,
            PartyService parties, CurrentUser currentUser, Clock clock) {
        super(meetings, "commitment.review.title");
        this.commitments = commitments;
        this.report = report;
        this.meetings = meetings;
        this.areas = areas;
        this.parties = parties;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("review-view");
    }

    @Override
    protected void show(Meeting m) {
        removeAll();
        var language = UiLanguage.current();
        var context = CommitmentContext.read(commitments, meetings, areas, parties, currentUser, clock);
        add(new H1(getTranslation("commitment.review.title", m.title().in(language))), new MeetingStage(m, parties));
        var found = commitments.underReview(m.id());
        if (found.isEmpty()) {
            var none = new Span(getTranslation("commitment.review.none"));
            none.addClassName("no-review");
            add(none);
            return;
        }
        add(new Span(getTranslation("commitment.review.intro", found.size())));
        var latest = commitments.latestNotes(found.stream().map(v -> v.commitment().id()).toList());
        var bySource = found.stream().collect(Collectors.groupingBy(v -> v.commitment().meetingId(), LinkedHashMap::new,
                Collectors.toList()));
        bySource.keySet().stream().sorted(Comparator.comparingInt(context::meetingNumber))
                .forEach(source -> add(group(context, source, bySource.get(source), latest)));
    }

    /** One earlier meeting's commitments still under review, with its report. */
    private Div group(CommitmentContext context, long source, List<CommitmentView> views,
            LatestNotes latest) {
        var group = new Div(new H2(context.meetingTitle(source)), new ReportDownloads(report, source));
        group.addClassName("review-meeting");
        group.getElement().setAttribute("data-meeting", String.valueOf(context.meetingNumber(source)));
        views.forEach(view -> group.add(new ReviewCard(context, view, latest)));
        return group;
    }
}
