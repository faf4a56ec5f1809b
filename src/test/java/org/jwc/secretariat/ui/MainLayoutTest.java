package org.jwc.secretariat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.ui.LanguageSelect;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.ui.MeetingListView;
import org.jwc.secretariat.user.UserService;
import org.jwc.secretariat.user.ui.UserAdminView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired UserService users;

    @Test
    @WithUserDetails("ls.secretary")
    void aSecretarySeesWhoIsSignedInAndOnlyTheMenuTheirRoleMayUse() {
        navigate(MeetingListView.class);
        assertThat($(Span.class).withText("Bùi Thị Hoa").exists()).isTrue();
        assertThat($(Span.class).withText("Lạng Sơn").exists()).isTrue();
        assertThat($(Span.class).withText("Thư ký").exists()).isTrue();
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Các hội nghị", "Thực hiện thỏa thuận", "Đổi mật khẩu");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheAdministration() {
        navigate(MeetingListView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Meetings", "Commitments", "Parties", "Cooperation areas", "Users", "Committee", "Change password");
    }

    @Test
    @WithUserDetails("qn.delegate")
    void switchingTheLanguageSavesItAsTheUsersPreference() {
        navigate(MeetingListView.class);
        test($(LanguageSelect.class).single()).selectItem("English");
        assertThat(users.ownLanguage()).isEqualTo(Language.EN);
        navigate(MeetingListView.class);
        assertThat($(SideNavItem.class).first().getLabel()).isEqualTo("Meetings");
        test($(LanguageSelect.class).single()).selectItem("Tiếng Việt");
        assertThat(users.ownLanguage()).isEqualTo(Language.VI);
    }

    @Test
    @WithUserDetails("ls.delegate")
    void aDelegateWhoTypesTheAddressOfAnAdministrationPageDoesNotGetIt() {
        navigate(MeetingListView.class);
        navigate("admin/users", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
        assertThat($(com.vaadin.flow.component.grid.Grid.class).exists()).isFalse();
    }
}
