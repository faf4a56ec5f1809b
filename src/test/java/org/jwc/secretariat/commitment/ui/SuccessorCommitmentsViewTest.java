package org.jwc.secretariat.commitment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Meeting 14's commitments, agreed by Hà Giang, as Tuyên Quang, its successor since 1 July 2025, carries them on. */
@ViewTest
class SuccessorCommitmentsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("tq.delegate")
    void aTuyenQuangDelegateFindsHaGiangsCommitmentsUnderTuyenQuangsNameAndMayReportOnThem() {
        navigate("meetings/14/commitments", CommitmentsView.class);

        var haGiang = find(Span.class).withClassName("commitment-status").withAttribute("data-party", "HG").all();
        assertThat(haGiang).isNotEmpty().allSatisfy(badge ->
                assertThat(badge.getText()).startsWith("Tuyên Quang (trước đây là Hà Giang)"));

        var row = find(Div.class).withClassName("commitment-row").all().stream()
                .filter(r -> find(Span.class, r).withAttribute("data-party", "HG").exists()).findFirst().orElseThrow();
        test(find(Button.class, row).withClassName("open-commitment").single()).click();
        assertThat(find(Button.class).withClassName("record-progress").exists()).as("Tuyên Quang reports for Hà Giang").isTrue();
    }
}
