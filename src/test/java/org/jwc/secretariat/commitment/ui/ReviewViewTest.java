package org.jwc.secretariat.commitment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.commitment.CommitmentFilter;
import org.jwc.secretariat.commitment.CommitmentService;
import org.jwc.secretariat.commitment.CommitmentStatus;
import org.jwc.secretariat.commitment.FinalCommunique;
import org.jwc.secretariat.commitment.ProgressReport;
import org.jwc.secretariat.communique.AgreedProposals;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The 18th meeting's review of earlier commitments without a browser: a test meeting numbered below
 * the 18th has a final communiqué, so its commitments are reviewed until every responsible party
 * reports them done.
 */
@ViewTest
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired CommitmentService commitments;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    Meeting meeting;
    long bridge;

    @BeforeEach
    void anEarlierMeetingsFinalCommunique() {
        meeting = FinalCommunique.made(context);
        bridge = commitments.find(new CommitmentFilter(meeting.id(), null, null, null)).stream()
                .filter(v -> AgreedProposals.BRIDGE_VI.equals(v.commitment().text().vi())).findFirst().orElseThrow()
                .commitment().id();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theEighteenthMeetingReviewsTheBridgeUntilBothPartiesReportItDone() {
        SignedIn.as(accounts, "ls.secretary");
        open();
        var group = find(Div.class).withClassName("review-meeting").all().stream()
                .filter(g -> String.valueOf(meeting.number()).equals(g.getElement().getAttribute("data-meeting")))
                .findFirst().orElseThrow();
        assertThat(find(Div.class, group).withClassName("review-commitment").all()).as("gates, bridge and tourism").hasSize(3);
        assertThat(find(Anchor.class, group).withClassName("report-pdf-zh").exists()).as("the agreeing meeting's report").isTrue();
        var card = card();
        assertThat(card.getElement().getTextRecursively()).contains(AgreedProposals.BRIDGE_VI);
        assertThat(statuses(card)).containsExactly("CB=NOT_STARTED", "GX=NOT_STARTED");
        assertThat(find(Span.class, card).withClassName("no-note").all()).hasSize(2);
        assertThat(find(Anchor.class, card).withClassName("open-details").single().getHref())
                .isEqualTo("meetings/" + meeting.number() + "/commitments?commitment=" + bridge);

        report("cb.delegate", CommitmentStatus.DONE, "Cầu đã thông xe.");
        SignedIn.as(accounts, "ls.secretary");
        open();
        assertThat(statuses(card())).as("Guangxi has not reported it done").containsExactly("CB=DONE", "GX=NOT_STARTED");
        assertThat(find(Span.class, card()).withClassName("latest-note").single().getText())
                .isEqualTo(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(java.util.Locale.of("vi")).format(LocalDate.of(2026, 11, 2)) + ": Cầu đã thông xe.");

        report("gx.delegate", CommitmentStatus.DONE, "Đã thông xe.");
        SignedIn.as(accounts, "ls.secretary");
        open();
        assertThat(ids()).as("done by both: no longer under review").doesNotContain(String.valueOf(bridge));
    }

    @Test
    @WithUserDetails("ls.secretary")
    void aMeetingReviewsEarlierMeetingsOnly() {
        SignedIn.as(accounts, "ls.secretary");
        navigate("meetings/" + meeting.number() + "/review", ReviewView.class);
        assertThat(ids()).doesNotContain(String.valueOf(bridge));
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theEighteenthMeetingsOwnPageListsTheCommitmentsUnderReviewWithTheirParties() {
        SignedIn.as(accounts, "ls.secretary");
        Pages.open("meetings/18");

        var panel = find(Div.class).withClassName("review-panel").single();
        assertThat(card().getParent()).contains(panel);
        assertThat(card().getElement().getTextRecursively()).contains(AgreedProposals.BRIDGE_VI);
        assertThat(statuses(card())).containsExactly("CB=NOT_STARTED", "GX=NOT_STARTED");
        assertThat(find(Anchor.class, card()).single().getHref())
                .isEqualTo("meetings/" + meeting.number() + "/commitments?commitment=" + bridge);
    }

    private void open() {
        navigate("meetings/18/review", ReviewView.class);
    }

    private Div card() {
        return find(Div.class).withClassName("review-commitment").all().stream()
                .filter(c -> String.valueOf(bridge).equals(c.getElement().getAttribute("data-commitment")))
                .findFirst().orElseThrow(() -> new AssertionError("the bridge is not under review"));
    }

    private List<String> ids() {
        return find(Div.class).withClassName("review-commitment").all().stream()
                .map(c -> c.getElement().getAttribute("data-commitment")).toList();
    }

    private List<String> statuses(Component card) {
        return find(Span.class, card).withClassName("commitment-status").all().stream()
                .map(b -> b.getElement().getAttribute("data-party") + "=" + b.getElement().getAttribute("data-status")).toList();
    }

    private void report(String user, CommitmentStatus status, String vi) {
        SignedIn.as(accounts, user);
        commitments.report(bridge, new ProgressReport(status, LocalDate.of(2026, 11, 2), new LocalizedText(vi, "报告。", null)));
    }
}
