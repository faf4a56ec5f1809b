package org.jwc.secretariat.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.committee.Committee;
import org.jwc.secretariat.committee.CommitteeKind;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who works in which mechanism (issue 16, ADR 0025), on the demo's two: the Guangxi committee and
 * the Yunnan working group. Tuyên Quang's people act in both, Lạng Sơn's in the committee only,
 * Lào Cai's in the group only; the platform administrator in every one.
 */
@DatabaseTest
class WorkingCommitteesTest {

    @Autowired WorkingCommittees working;
    @Autowired CommitteeService committees;
    @Autowired MeetingService meetings;
    @Autowired PartyService parties;
    @Autowired UserService users;
    @Autowired CurrentUser currentUser;
    @Autowired UserDetailsService accounts;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void tuyenQuangsSecretaryActsInBothMechanismsAndAnotherProvinceInItsOwnOnly() {
        SignedIn.as(accounts, "tq.secretary");
        assertThat(working.ofCurrentUser()).hasSize(2);
        SignedIn.as(accounts, "ls.delegate");
        assertThat(working.ofCurrentUser()).extracting(Committee::id).containsExactly(committeeOf("ls.delegate"));
        SignedIn.as(accounts, "lc.delegate");
        assertThat(working.ofCurrentUser()).extracting(Committee::id).containsExactly(committeeOf("lc.delegate"))
                .doesNotContain(committeeOf("ls.delegate"));
        SignedIn.as(accounts, "admin");
        assertThat(working.ofCurrentUser()).as("the platform administrator").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aLaoCaiDelegateCannotWorkInTheGuangxiCommitteeNorReachItsMeetings() {
        var guangxi = committeeOf("ls.delegate");
        SignedIn.as(accounts, "ls.delegate");
        var eighteenth = meetings.findByNumber(18).orElseThrow();
        SignedIn.as(accounts, "lc.delegate");
        assertThatThrownBy(() -> working.workIn(guangxi)).isInstanceOf(RefusedException.class).hasMessageContaining("error.notFound");
        assertThat(meetings.all()).extracting(Meeting::committeeId).containsOnly(committeeOf("lc.delegate"));
        assertThat(meetings.findByNumber(18)).as("the group has no 18th").isEmpty();
        assertThat(meetings.all()).extracting(Meeting::id).doesNotContain(eighteenth.id());
        assertThat(committees.name().vi()).startsWith("Nhóm Công tác liên hợp");
    }

    @Test
    void switchingGivesTheCommitteesOwnMeetingsPartiesAndRolesAndIsRememberedForTheNextSignIn() {
        var guangxi = committeeOf("ls.delegate");
        var group = committeeOf("lc.delegate");
        SignedIn.as(accounts, "tq.secretary");
        try {
            currentUser.become(working.workIn(group));
            assertThat(committees.requireCurrentId()).isEqualTo(group);
            assertThat(meetings.findByNumber(11)).isPresent();
            assertThat(parties.findByCode("YN")).isPresent();
            assertThat(parties.findByCode("GX")).isEmpty();
            assertThat(((SecretariatUser) accounts.loadUserByUsername("tq.secretary")).committeeId())
                    .as("the next sign-in opens the working group").isEqualTo(group);
            currentUser.become(working.workIn(guangxi));
            assertThat(meetings.findByNumber(18)).isPresent();
            assertThat(parties.findByCode("YN")).isEmpty();
        } finally {
            jdbc.update("UPDATE app_user SET last_committee_id = NULL WHERE username = 'tq.secretary'");
        }
    }

    @Test
    void aTuyenQuangOfficialMayHoldOtherRolesInOneMechanismAndKeepsTheirOwnInTheOther() {
        var guangxi = committeeOf("ls.delegate");
        var group = committeeOf("lc.delegate");
        SignedIn.workingIn(context, "admin", group);
        var delegate = users.all().stream().filter(u -> u.username().equals("tq.delegate")).findFirst().orElseThrow();
        var p = users.profileHere(delegate);
        try {
            users.update(delegate.id(), delegate.getVersion(), new UserProfile(p.username(), p.fullName(), p.jobTitle(), p.email(),
                    p.partyId(), EnumSet.of(Role.SECRETARY), p.preferredLanguage(), p.timeZone(), p.enabled()));
            assertThat(users.profileHere(users.get(delegate.id())).roles()).containsExactly(Role.SECRETARY);
            SignedIn.workingIn(context, "admin", guangxi);
            assertThat(users.profileHere(users.get(delegate.id())).roles()).as("in the committee").containsExactly(Role.DELEGATE);
            SignedIn.workingIn(context, "tq.delegate", group);
            assertThat(currentUser.require().roles()).containsExactly(Role.SECRETARY);
            SignedIn.workingIn(context, "tq.delegate", guangxi);
            assertThat(currentUser.require().roles()).containsExactly(Role.DELEGATE);
        } finally {
            jdbc.update("DELETE FROM committee_role WHERE user_id = ?", delegate.id());
        }
    }

    @Test
    void aCommitteesAdministratorSeesItsAccountsOnlyAndCannotMakeAPlatformAdministrator() {
        var group = committeeOf("lc.delegate");
        SignedIn.workingIn(context, "admin", group);
        var name = SignedIn.unique("yn.admin");
        var made = users.createWithPassword(new UserProfile(name, "Quản trị Nhóm", null, null, null, EnumSet.of(Role.ADMIN),
                Language.VI, null, true), "group-admin-password-1");
        try {
            SignedIn.as(accounts, name);
            assertThat(currentUser.require().committeeId()).as("made in the working group, an administrator there").isEqualTo(group);
            assertThat(users.all()).extracting(User::username).contains("lc.delegate", "tq.secretary").doesNotContain("ls.delegate");
            var lsDelegate = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'ls.delegate'", Long.class);
            assertThatThrownBy(() -> users.get(lsDelegate)).isInstanceOf(RefusedException.class).hasMessageContaining("error.notFound");
            assertThatThrownBy(() -> users.resetPassword(lsDelegate)).isInstanceOf(RefusedException.class);
            var self = users.get(made.id());
            var sp = self.profile();
            assertThatThrownBy(() -> users.update(self.id(), self.getVersion(), new UserProfile(sp.username(), sp.fullName(), sp.jobTitle(),
                    sp.email(), null, EnumSet.of(Role.ADMIN, Role.PLATFORM_ADMIN), sp.preferredLanguage(), sp.timeZone(), true)))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.platformAdminOnly"));
            assertThat(users.mayMakePlatformAdministrators()).isFalse();
            assertThatThrownBy(() -> committees.create(new LocalizedText("Ủy ban khác", "其他", null), null,
                    CommitteeKind.COMMITTEE))
                    .isInstanceOf(AuthorizationDeniedException.class);
        } finally {
            jdbc.update("DELETE FROM committee_role WHERE user_id = ?", made.id());
            jdbc.update("DELETE FROM app_user WHERE id = ?", made.id());
        }
    }

    private long committeeOf(String username) {
        return ((SecretariatUser) accounts.loadUserByUsername(username)).committeeId();
    }
}
