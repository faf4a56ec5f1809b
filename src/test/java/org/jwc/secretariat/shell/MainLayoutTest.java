package org.jwc.secretariat.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.ui.LanguageSelect;
import org.jwc.secretariat.committee.Committee;
import org.jwc.secretariat.committee.CommitteeKind;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.LoginThrottle;
import org.jwc.secretariat.security.SecretariatUser;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.jwc.secretariat.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

@ViewTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired UserService users;
    @Autowired PartyService parties;
    @Autowired LoginThrottle throttle;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void anAdministratorIsToldOfTheFailedSignInsOnTheirNameSinceTheirPreviousVisit() {
        signedIn("admin");
        throttle.failed("admin", "198.51.100.66");
        throttle.failed("admin", "198.51.100.66");
        signedIn("admin");
        try {
            // The test's own first page was drawn before these sign-ins: this is the next session's first.
            VaadinSession.getCurrent().setAttribute(FailedSignInsNotice.class.getName(), null);
            FailedSignInsNotice.showOnce(users, parties);
            FailedSignInsNotice.showOnce(users, parties);
            assertThat(find(Notification.class).all()).filteredOn(Notification::isOpened).map(n -> test(n).getText())
                    .as("told once").singleElement().asString()
                    .startsWith("Since your last visit, 2 failed sign-in attempts were made with your name")
                    .contains("from 198.51.100.66");
        } finally {
            jdbc.update("DELETE FROM sign_in_attempt WHERE address IN ('198.51.100.66', '203.0.113.10')");
        }
    }

    private void signedIn(String username) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null, List.of());
        authentication.setDetails(new WebAuthenticationDetails("203.0.113.10", null));
        publisher.publishEvent(new AuthenticationSuccessEvent(authentication));
    }

    @Test
    @WithUserDetails("ls.secretary")
    void aSecretarySeesWhoIsSignedInAndOnlyTheMenuTheirRoleMayUse() {
        Pages.open("meetings");
        assertThat(find(Span.class).withText("Bùi Thị Hoa").exists()).isTrue();
        assertThat(find(Span.class).withText("Lạng Sơn").exists()).isTrue();
        assertThat(find(Span.class).withText("Thư ký").exists()).isTrue();
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Các hội nghị", "Thực hiện thỏa thuận", "Đổi mật khẩu", "Xác thực hai lớp");
        var committee = find(Span.class).withClassName("committee-name").single();
        assertThat(committee.getText()).as("the short name fits the top bar").isEqualTo("Ủy ban Công tác liên hợp");
        assertThat(committee.getTitle()).hasValueSatisfying(full -> assertThat(full).endsWith("Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)"));
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheAdministration() {
        Pages.open("meetings");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Meetings", "Commitments", "Parties", "Cooperation areas", "Users", "Committee", "Security log", "Change password", "Second factor");
    }

    @Test
    @WithUserDetails("qn.delegate")
    void switchingTheLanguageSavesItAsTheUsersPreference() {
        Pages.open("meetings");
        var switcher = find(LanguageSelect.class).single();
        assertThat(switcher.getAriaLabel()).hasValue("Ngôn ngữ");
        assertThat(switcher.getTooltip().getText()).as("named for a sighted user too").isEqualTo("Ngôn ngữ");
        test(switcher).selectItem("English");
        assertThat(users.ownLanguage()).isEqualTo(Language.EN);
        Pages.open("meetings");
        assertThat(find(SideNavItem.class).all().getFirst().getLabel()).isEqualTo("Meetings");
        test(find(LanguageSelect.class).single()).selectItem("Tiếng Việt");
        assertThat(users.ownLanguage()).isEqualTo(Language.VI);
    }

    @Test
    @WithUserDetails("ls.delegate")
    void aDelegateWhoTypesTheAddressOfAnAdministrationPageDoesNotGetIt() {
        Pages.open("meetings");
        navigate("admin/users", com.vaadin.flow.component.Component.class);
        assertThat(find(com.vaadin.flow.component.button.Button.class).withClassName("new-user").exists()).isFalse();
        assertThat(find(com.vaadin.flow.component.grid.Grid.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("tq.secretary")
    @SuppressWarnings("unchecked")
    void tuyenQuangsSecretaryChoosesTheMechanismInTheTopBarAndWorksInItFromThenOn() {
        Pages.open("meetings");
        Select<Committee> chooser = find(Select.class).withClassName("committee-chooser").single();
        assertThat(test(chooser).getSuggestionItems()).hasSize(2);
        var committee = chooser.getValue();
        assertThat(committee.kind()).isEqualTo(CommitteeKind.COMMITTEE);
        try {
            test(chooser).selectItem("Nhóm Công tác liên hợp");
            var now = (SecretariatUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
            assertThat(now.committeeId()).isNotEqualTo(committee.id());
            var kept = (SecurityContext) VaadinSession.getCurrent().getSession()
                    .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            assertThat(((SecretariatUser) kept.getAuthentication().getPrincipal()).committeeId()).as("for the session's next requests")
                    .isEqualTo(now.committeeId());
            assertThat(jdbc.queryForObject("SELECT last_committee_id FROM app_user WHERE username = 'tq.secretary'", Long.class))
                    .as("and the next sign-in").isEqualTo(now.committeeId());
        } finally {
            jdbc.update("UPDATE app_user SET last_committee_id = NULL WHERE username = 'tq.secretary'");
        }
    }

    @Test
    @WithUserDetails("ls.delegate")
    void aUserOfOneMechanismSeesItsNameAndNoChooser() {
        Pages.open("meetings");
        assertThat(find(Select.class).withClassName("committee-chooser").exists()).isFalse();
        assertThat(find(Span.class).withClassName("committee-name").single().getText()).isEqualTo("Ủy ban Công tác liên hợp");
    }

    @Test
    @WithUserDetails("tq.secretary")
    void aMailsLinkOpensItsPageInTheWorkingGroupForTuyenQuangsSecretaryWorkingInTheCommittee() {
        var group = workingGroupId();
        var number = jdbc.queryForObject("SELECT MAX(meeting_number) FROM meeting WHERE committee_id = ?", Long.class, group);
        try {
            Pages.open("in/" + group + "/meetings/" + number);
            var now = (SecretariatUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
            assertThat(now.committeeId()).as("worked in from then on").isEqualTo(group);
            assertThat(UI.getCurrent().getActiveViewLocation().getPath()).as("the link's own page").isEqualTo("meetings/" + number);
            assertThat(find(Select.class).withClassName("committee-chooser").single().getValue())
                    .extracting(c -> ((Committee) c).id()).isEqualTo(group);
        } finally {
            jdbc.update("UPDATE app_user SET last_committee_id = NULL WHERE username = 'tq.secretary'");
        }
    }

    @Test
    @WithUserDetails("ls.delegate")
    void aLinkIntoAMechanismLangSonIsNotInSwitchesNothing() {
        Pages.open("in/" + workingGroupId() + "/meetings");
        var now = (SecretariatUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(now.committeeId()).isNotEqualTo(workingGroupId());
        assertThat(find(Span.class).withClassName("committee-name").single().getText()).isEqualTo("Ủy ban Công tác liên hợp");
    }

    private long workingGroupId() {
        return jdbc.queryForObject("SELECT id FROM committee WHERE kind = 'WORKING_GROUP'", Long.class);
    }
}
