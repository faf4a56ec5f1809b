package org.jwc.secretariat.communique.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.communique.AgreedProposals;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The communiqué pages before there is anything to do on them: the reader learns where the meeting
 * stands, who generates the draft or circulates a version, and when, instead of a bare "not yet".
 */
@ViewTest
class CommuniqueNotYetViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theHostsSecretaryInPreparationReadsThatTheDraftIsGeneratedOnceTheMeetingIsDraftingAndWhoMovesItThere() {
        navigate("meetings/18/communique", CommuniqueView.class);

        assertThat(text("stage-current")).isEqualTo("Giai đoạn: Chuẩn bị");
        assertThat(text("stage-now")).isEqualTo("Các bên soạn nội dung chương trình và đề xuất; thư ký của mỗi bên gửi đi.");
        assertThat(text("stage-next")).isEqualTo("Tiếp theo: Trao đổi, khi quản trị viên chuyển hội nghị sang giai đoạn này.");
        assertThat(text("not-generated")).isEqualTo("Chưa có dự thảo thông cáo chung: thư ký bên đăng cai, Lạng Sơn, tạo dự thảo"
                + " từ các đề xuất đã thống nhất khi hội nghị ở giai đoạn soạn thảo.");
        assertThat(find(Button.class).withClassName("generate-communique").exists()).as("not before drafting").isFalse();
    }

    @Test
    @WithUserDetails("gx.leader")
    void guangxisLeaderReadsWhenApprovalOpensInChinese() {
        navigate("meetings/18/communique/approval", ApprovalView.class);

        assertThat(text("stage-current")).isEqualTo("阶段：筹备");
        assertThat(text("approval-not-open")).isEqualTo("主办方谅山省的秘书分发联合公报的一个版本后即开始审批，届时各方领导将收到通知。");
    }

    @Test
    @WithUserDetails("cb.secretary")
    void inDraftingACaoBangSecretaryReadsThatTheHostsCirculationMovesTheMeetingToApproval() {
        var meeting = AgreedProposals.in(context).inDrafting();
        SignedIn.as(accounts, "cb.secretary");
        navigate("meetings/" + meeting.number() + "/communique", CommuniqueView.class);

        assertThat(text("stage-current")).isEqualTo("Giai đoạn: Soạn thảo");
        assertThat(text("stage-next")).isEqualTo("Tiếp theo: Phê duyệt, khi thư ký bên đăng cai, Lạng Sơn, gửi một phiên bản.");
    }

    private String text(String className) {
        return find(Span.class).withClassName(className).single().getText();
    }
}
