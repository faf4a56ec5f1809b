package org.jwc.secretariat.commitment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.commitment.CommitmentFilter;
import org.jwc.secretariat.commitment.CommitmentService;
import org.jwc.secretariat.commitment.CommitmentStatus;
import org.jwc.secretariat.commitment.CommitmentView;
import org.jwc.secretariat.commitment.FinalCommunique;
import org.jwc.secretariat.commitment.ProgressReport;
import org.jwc.secretariat.communique.AgreedProposals;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The commitments page without a browser, on a test meeting whose communiqué (three agreed
 * paragraphs: border gates and tourism binding all five parties, the bridge binding Cao Bằng and
 * Guangxi) has just become final.
 */
@ViewTest
class CommitmentsViewTest extends SpringBrowserlessTest {

    @Autowired CommitmentService commitments;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    Meeting meeting;
    long bridge;
    long gates;

    @BeforeEach
    void aFinalCommunique() {
        meeting = FinalCommunique.made(context);
        bridge = idOf(AgreedProposals.BRIDGE_VI);
        gates = idOf(AgreedProposals.GATES_VI);
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    @WithUserDetails("cb.delegate")
    void theFinalCommuniquesCommitmentsAreListedWithEachResponsiblePartysStatusAndTheReportToDownload() {
        SignedIn.as(accounts, "cb.delegate");
        open();

        assertThat(rows()).extracting(r -> attribute(r, "data-commitment"))
                .containsExactlyElementsOf(all().stream().map(v -> String.valueOf(v.commitment().id())).toList());
        var card = row(bridge);
        assertThat(find(Div.class, card).withClassName("commitment-text").single().getText()).isEqualTo(AgreedProposals.BRIDGE_VI);
        assertThat(find(Div.class, card).withClassName("commitment-text-other").single().getText())
                .as("the other official language at hand").isEqualTo(AgreedProposals.BRIDGE_ZH);
        assertThat(find(Span.class, card).withClassName("commitment-area").single().getText())
                .isEqualTo("Hợp tác trong các lĩnh vực trọng điểm › Kết nối giao thông");
        assertThat(find(Span.class, card).withClassName("commitment-meeting").single().getText())
                .isEqualTo("Hội nghị lần thứ " + meeting.number());
        assertThat(badges(card)).containsExactly("CB=NOT_STARTED", "GX=NOT_STARTED");
        assertThat(badges(row(gates))).as("a common paragraph binds all five parties").hasSize(5);
        assertThat(find(Anchor.class).withClassName("report-pdf-vi").single().getText()).isEqualTo("Báo cáo PDF (Tiếng Việt)");
        assertThat(find(Anchor.class).all()).flatExtracting(a -> a.getClassNames().stream().toList())
                .contains("report-pdf-vi", "report-docx-vi", "report-pdf-zh", "report-docx-zh");
    }

    @Test
    @WithUserDetails("cb.delegate")
    void theFiltersNarrowTheListByPartyAndByThatPartysStatus() {
        report("cb.delegate", bridge, CommitmentStatus.STALLED);
        SignedIn.as(accounts, "cb.delegate");
        open();
        assertThat(rows()).hasSize(3);

        test(filter("filter-party")).selectItem("Quảng Ninh");
        assertThat(rows()).as("Quảng Ninh is bound by the gates and tourism paragraphs only").hasSize(2)
                .noneMatch(r -> attribute(r, "data-commitment").equals(String.valueOf(bridge)));

        test(filter("filter-party")).selectItem("Cao Bằng");
        test(filter("filter-status")).selectItem("Bị đình trệ");
        assertThat(rows()).singleElement().satisfies(r -> assertThat(attribute(r, "data-commitment"))
                .isEqualTo(String.valueOf(bridge)));
        test(filter("filter-status")).selectItem("Đã hoàn thành");
        assertThat(rows()).isEmpty();
        assertThat(find(Span.class).withClassName("no-commitments").exists()).isTrue();
    }

    @Test
    @WithUserDetails("cb.delegate")
    void aCaoBangDelegateRecordsProgressOnTheBridgeAndItsBadgeShowsInProgress() {
        SignedIn.as(accounts, "cb.delegate");
        open();
        details(bridge);
        test(find(Button.class).withClassName("record-progress").single()).click();
        assertThat(find(DatePicker.class).withClassName("progress-date").single().getValue()).as("today by default")
                .isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        test(find(Select.class).withClassName("progress-status").single()).selectItem("Đang triển khai");
        test(find(Button.class).withText("Lưu").single()).click();
        var progressText = find(LocalizedTextField.class).withClassName("progress-text").single();
        assertThat(find(TextArea.class, progressText).all()).extracting(TextArea::isInvalid)
                .as("what was done is required, and the refusal shows at the official languages left empty")
                .containsExactly(true, true, false);

        test(find(TextArea.class).withLabel("Tiếng Việt").single()).setValue("Đã hoàn thành nghiệm thu cầu.");
        test(find(TextArea.class).withLabel("中文").single()).setValue("大桥已完成验收。");
        test(find(Button.class).withText("Lưu").single()).click();

        var note = find(Div.class).withClassName("progress-note").single();
        assertThat(attribute(note, "data-party")).isEqualTo("CB");
        assertThat(attribute(note, "data-status")).isEqualTo("IN_PROGRESS");
        assertThat(note.getElement().getTextRecursively()).contains("Ngô Thị Lan", "Đã hoàn thành nghiệm thu cầu.", "大桥已完成验收。");
        assertThat(badges(find(Dialog.class).withClassName("commitment-details").single())).contains("CB=IN_PROGRESS", "GX=NOT_STARTED");
        assertThat(badges(row(bridge))).as("the list behind the dialog too").containsExactly("CB=IN_PROGRESS", "GX=NOT_STARTED");
    }

    @Test
    @WithUserDetails("cb.delegate")
    void aLeaderAndAnotherPartysSecretarySeeTheProgressButNoRecordButton() {
        report("cb.delegate", bridge, CommitmentStatus.IN_PROGRESS);
        for (var reader : List.of("cb.leader", "qn.secretary")) {
            SignedIn.as(accounts, reader);
            open();
            details(bridge);
            assertThat(find(Div.class).withClassName("progress-note").single().getElement().getTextRecursively())
                    .as(reader).contains("Báo cáo.");
            assertThat(find(Button.class).withClassName("record-progress").exists()).as(reader).isFalse();
        }
        SignedIn.as(accounts, "qn.secretary");
        open();
        details(gates);
        assertThat(find(Button.class).withClassName("record-progress").exists())
                .as("Quảng Ninh's secretary reports on a paragraph binding Quảng Ninh").isTrue();
    }

    @Test
    @WithUserDetails("cb.delegate")
    void theSummaryCountsEachPartysAndEachAreasCommitmentsByStatusInAChartAndATable() {
        report("cb.delegate", bridge, CommitmentStatus.IN_PROGRESS);
        report("qn.secretary", gates, CommitmentStatus.DONE);
        SignedIn.as(accounts, "cb.delegate");
        open();

        assertThat(counts("summary-party", "data-party", "CB")).isEqualTo(List.of("2", "1", "0", "0", "3"));
        assertThat(counts("summary-party", "data-party", "QN")).isEqualTo(List.of("1", "0", "1", "0", "2"));
        assertThat(counts("summary-party", "data-party", "GX")).isEqualTo(List.of("3", "0", "0", "0", "3"));
        assertThat(counts("summary-area", "data-area", String.valueOf(areaOf(bridge))))
                .as("the bridge in progress as a whole: Cao Bằng has started").isEqualTo(List.of("0", "1", "0", "0", "1"));
        assertThat(counts("summary-area", "data-area", String.valueOf(areaOf(gates))))
                .as("the gates not done until all five report them done").isEqualTo(List.of("0", "1", "0", "0", "1"));
        assertThat(find(StackedBars.class).all()).hasSize(2).allSatisfy(chart -> assertThat(find(Span.class, chart)
                .withClassName("chart-segment").withAttribute("data-status", "NOT_STARTED").exists()).isTrue());
        var caoBangInProgress = find(Span.class, find(StackedBars.class).all().getFirst()).withClassName("chart-segment")
                .withAttribute("title", "Cao Bằng – Đang triển khai: 1").single();
        assertThat(caoBangInProgress.getStyle().get("width")).as("one of the longest bar's three").isEqualTo("33.33%");
    }

    @Test
    @WithUserDetails("cb.delegate")
    void allMeetingsCommitmentsAreListedUnderTheirOwnAddressAndALinkOpensOnesDetails() {
        SignedIn.as(accounts, "cb.delegate");
        navigate("commitments", CommitmentsView.class);
        assertThat(rows()).extracting(r -> attribute(r, "data-commitment"))
                .contains(String.valueOf(bridge));
        assertThat(find(Anchor.class).withClassName("report-pdf-vi").exists()).as("a report is a meeting's").isFalse();

        // The address the review page links to.
        UI.getCurrent().navigate("meetings/" + meeting.number() + "/commitments", QueryParameters.of("commitment", String.valueOf(bridge)));
        assertThat(getCurrentView()).isInstanceOf(CommitmentsView.class);
        assertThat(attribute(find(Dialog.class).withClassName("commitment-details").single(), "data-commitment"))
                .isEqualTo(String.valueOf(bridge));
    }

    private void open() {
        navigate("meetings/" + meeting.number() + "/commitments", CommitmentsView.class);
    }

    private void details(long commitment) {
        test(find(Button.class, row(commitment)).withClassName("open-commitment").single()).click();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> filter(String className) {
        return find(ComboBox.class).withClassName(className).single();
    }

    private List<Div> rows() {
        return find(Div.class).withClassName("commitment-row").all();
    }

    private Div row(long commitment) {
        return rows().stream().filter(r -> attribute(r, "data-commitment").equals(String.valueOf(commitment)))
                .findFirst().orElseThrow(() -> new AssertionError("no row of commitment " + commitment));
    }

    /** "CB=IN_PROGRESS" for each badge inside the component. */
    private List<String> badges(Component within) {
        return find(Span.class, within).withClassName("commitment-status").all().stream()
                .map(b -> attribute(b, "data-party") + "=" + attribute(b, "data-status")).toList();
    }

    /** A summary row's counts: not started, in progress, done, stalled, total. */
    private List<String> counts(String rowClass, String keyAttribute, String key) {
        var row = find(NativeTableRow.class).withClassName(rowClass).all().stream()
                .filter(r -> key.equals(attribute(r, keyAttribute))).findFirst()
                .orElseThrow(() -> new AssertionError("no summary row " + key));
        return List.of(attribute(row, "data-not-started"), attribute(row, "data-in-progress"), attribute(row, "data-done"),
                attribute(row, "data-stalled"), attribute(row, "data-total"));
    }

    private void report(String user, long commitment, CommitmentStatus status) {
        SignedIn.as(accounts, user);
        commitments.report(commitment, new ProgressReport(status, LocalDate.of(2026, 11, 2),
                new LocalizedText("Báo cáo.", "报告。", null)));
    }

    private List<CommitmentView> all() {
        return commitments.find(new CommitmentFilter(meeting.id(), null, null, null));
    }

    private long idOf(String vi) {
        return all().stream().filter(v -> vi.equals(v.commitment().text().vi())).findFirst().orElseThrow().commitment().id();
    }

    private long areaOf(long commitment) {
        return commitments.get(commitment).commitment().areaId();
    }

    private static String attribute(Component component, String name) {
        return component.getElement().getAttribute(name);
    }
}
