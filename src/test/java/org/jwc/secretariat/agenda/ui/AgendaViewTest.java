package org.jwc.secretariat.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.agenda.AgendaItem;
import org.jwc.secretariat.agenda.AgendaItemDraft;
import org.jwc.secretariat.agenda.AgendaItemKind;
import org.jwc.secretariat.agenda.AgendaService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class AgendaViewTest extends SpringBrowserlessTest {

    @Autowired AgendaService agenda;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;

    @Test
    @WithUserDetails("cb.delegate")
    void aDelegateDraftsAnItemThatOnlyTheirPartySees() {
        navigate("meetings/18/agenda", AgendaView.class);
        test(find(Button.class).withText("Mục mới").single()).click();
        test(find(TextField.class).withLabel("Tiếng Việt").all().getFirst()).setValue("Cầu đường bộ II Tà Lùng - Thủy Khẩu");
        test(find(Button.class).withText("Lưu").single()).click();

        Grid<AgendaItem> own = find(Grid.class).withClassName("own-items").single();
        assertThat(test(own).size()).isEqualTo(1);
        assertThat(test(own).getCellText(0, 1)).isEqualTo("Cầu đường bộ II Tà Lùng - Thủy Khẩu");
        assertThat(test(own).getCellText(0, 4)).isEqualTo("bản nháp");
        assertThat(find(Button.class).withText("Gửi").exists()).as("a delegate does not submit").isFalse();

        var authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, "gx.delegate");
        assertThat(agenda.visibleItems(meetings.findByNumber(18).orElseThrow().id()))
                .extracting(i -> i.title().vi()).doesNotContain("Cầu đường bộ II Tà Lùng - Thủy Khẩu");
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theHostSecretaryPlacesAnItemAndTheTimetableStartsWithTheMeetingInHanoiTime() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, "qn.secretary");
        var meeting = meetings.findByNumber(18).orElseThrow();
        var item = agenda.draft(meeting.id(), new AgendaItemDraft(new LocalizedText("Khai mạc", "开幕", "Opening"),
                new LocalizedText("Phát biểu khai mạc", "开幕致辞", null), AgendaItemKind.SPEECH, 20, null));
        agenda.submit(item.id(), item.getVersion());
        SecurityContextHolder.getContext().setAuthentication(authentication);

        navigate("meetings/18/agenda", AgendaView.class);
        Grid<AgendaItem> submitted = find(Grid.class).withClassName("submitted-items").single();
        var row = submitted.getListDataView().getItems().map(AgendaItem::id).toList().indexOf(item.id());
        var actions = test(submitted).getCellComponent(row, 5);
        var place = actions.getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals("Đưa vào chương trình")).findFirst().orElseThrow();
        test(place).click();

        Grid<AgendaItem> official = find(Grid.class).withClassName("official-agenda").single();
        assertThat(test(official).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(official).getCellText(0, 1)).isEqualTo("08:30");
        var moves = test(official).getCellComponent(0, 6).getChildren().map(c -> ((Button) c).getText()).toList();
        assertThat(moves).containsExactly("Lên", "Xuống");
    }

    @Test
    @WithUserDetails("tq.delegate")
    void twoVersionsOfAnItemAreComparedSideBySideWithTheChangesMarked() {
        var meeting = meetings.findByNumber(18).orElseThrow();
        var item = agenda.draft(meeting.id(), new AgendaItemDraft(new LocalizedText("Tăng cường hợp tác du lịch", "加强旅游合作", null),
                LocalizedText.EMPTY, AgendaItemKind.DISCUSSION, 30, null));
        agenda.edit(item.id(), item.getVersion(), new AgendaItemDraft(new LocalizedText("Đẩy mạnh hợp tác du lịch", "深化旅游合作", null),
                LocalizedText.EMPTY, AgendaItemKind.DISCUSSION, 30, null));

        navigate("meetings/18/agenda", AgendaView.class);
        Grid<AgendaItem> own = find(Grid.class).withClassName("own-items").single();
        var row = own.getListDataView().getItems().map(AgendaItem::id).toList().indexOf(item.id());
        var history = test(own).getCellComponent(row, 5).getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals("Lịch sử")).findFirst().orElseThrow();
        test(history).click();

        assertThat(find(Span.class).withClassName("diff-deleted").all()).extracting(Span::getText)
                .contains("Tăng cường", "加强");
        assertThat(find(Span.class).withClassName("diff-inserted").all()).extracting(Span::getText)
                .contains("Đẩy mạnh", "深化");
    }
}
