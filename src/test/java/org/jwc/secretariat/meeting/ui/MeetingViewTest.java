package org.jwc.secretariat.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

class MeetingViewTest {

    @ViewTest
    static class AsTheLangSonSecretary extends SpringBrowserlessTest {

        @Test
        @WithUserDetails("ls.secretary")
        void theEighteenthMeetingShowsItsHostAndTimesInHanoiTime() {
            Pages.open("meetings/18");
            assertThat(find(H1.class).single().getText()).isEqualTo("Hội nghị lần thứ 18 Ủy ban Công tác liên hợp");
            assertThat(find(Span.class).withText("Lạng Sơn").exists()).isTrue();
            assertThat(find(Span.class).withTextContaining("(giờ Hà Nội)").exists()).isTrue();
            assertThat(find(Span.class).withText("Chuẩn bị").exists()).isTrue();
            assertThat(findInView(Button.class).all()).extracting(Button::getText)
                    .as("the meeting's pages, and no administration for a secretary")
                    .containsExactly("Chương trình nghị sự", "Đề xuất", "Biên bản", "Thông cáo chung", "Rà soát thực hiện thỏa thuận");
        }

        @Test
        @WithUserDetails("ls.secretary")
        void aMeetingInPreparationOpensTheReviewOfEarlierCommitmentsAndOnlyThen() {
            Pages.open("meetings/18");
            test(find(Button.class).withClassName("open-review").single()).click();
            assertThat(Pages.shows("review-view")).isTrue();
            assertThat(find(H1.class).single().getText()).isEqualTo("Rà soát thực hiện thỏa thuận – Hội nghị lần thứ 18 Ủy ban Công tác liên hợp");

            navigate("meetings/17", MeetingView.class);
            assertThat(find(Span.class).withClassName("meeting-phase").single().getText()).isNotEqualTo("Chuẩn bị");
            assertThat(find(Button.class).withClassName("open-review").exists()).as("a meeting held reviews no more").isFalse();
        }

        @Test
        @WithUserDetails("ls.secretary")
        void theListShowsEveryMeetingLatestFirst() {
            Pages.open("meetings");
            Grid<?> grid = find(Grid.class).single();
            assertThat(test(grid).size()).isEqualTo(5);
            assertThat(test(grid).getCellText(0, 0)).isEqualTo("18");
            assertThat(test(grid).getCellText(4, 3)).isEqualTo("Hà Giang");
        }
    }

    @ViewTest
    static class AsTheGuangxiSecretary extends SpringBrowserlessTest {

        @Test
        @WithUserDetails("gx.secretary")
        void guangxiReadsTheSameMeetingInChineseAndBeijingTime() {
            Pages.open("meetings/18");
            assertThat(find(H1.class).single().getText()).isEqualTo("联合工作委员会第十八次会议");
            assertThat(find(Span.class).withText("谅山省").exists()).isTrue();
            assertThat(find(Span.class).withTextContaining("(北京时间)").exists()).isTrue();
        }
    }
}
