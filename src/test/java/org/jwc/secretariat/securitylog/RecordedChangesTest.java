package org.jwc.secretariat.securitylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.CirculatedCommuniques;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.communique.CommuniqueExport;
import org.jwc.secretariat.communique.Edition;
import org.jwc.secretariat.export.ExportFormat;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecurityEvent.Kind;
import org.jwc.secretariat.user.User;
import org.jwc.secretariat.user.UserProfile;
import org.jwc.secretariat.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each change to an account, and each download of a final text, leaves its entry: who, to whom, what. */
@DatabaseTest
class RecordedChangesTest {

    @Autowired SecurityLogService log;
    @Autowired UserService users;
    @Autowired PartyService parties;
    @Autowired CommuniqueExport export;
    @Autowired UserDetailsService accounts;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void anAdministratorCreatingAnAccountIsRecordedWithItsRolesAndParty() {
        SignedIn.as(accounts, "admin");
        var name = users.create(caoBangDelegate(SignedIn.unique("cb."))).username();

        assertThat(entriesOf(name)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.ACCOUNT_CREATED);
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.detail()).isEqualTo("roles [DELEGATE], party CB").doesNotContainIgnoringCase("password");
        });
    }

    @Test
    void changedRolesPartyAndEnabledEachLeaveAnEntryWithBeforeAndAfter() {
        SignedIn.as(accounts, "admin");
        var name = users.create(caoBangDelegate(SignedIn.unique("cb."))).username();
        var user = account(name);
        var p = user.profile();
        users.update(user.id(), user.getVersion(), new UserProfile(name, p.fullName(), p.jobTitle(), p.email(),
                parties.findByCode("LS").orElseThrow().id(), EnumSet.of(Role.DELEGATE, Role.SECRETARY), p.preferredLanguage(),
                p.timeZone(), false));

        assertThat(entriesOf(name)).filteredOn(e -> e.kind() != Kind.ACCOUNT_CREATED)
                .extracting(SecurityLogEntry::kind, SecurityLogEntry::actor, SecurityLogEntry::detail)
                .containsExactlyInAnyOrder(
                        tuple(Kind.ROLES_CHANGED, "admin", "[DELEGATE] → [DELEGATE, SECRETARY]"),
                        tuple(Kind.PARTY_CHANGED, "admin", "CB → LS"),
                        tuple(Kind.ACCOUNT_ENABLED_CHANGED, "admin", "disabled"));
    }

    @Test
    void anUpdateThatLeavesRolesPartyAndEnabledAloneLeavesNoEntry() {
        SignedIn.as(accounts, "admin");
        var name = users.create(caoBangDelegate(SignedIn.unique("cb."))).username();
        var user = account(name);
        var p = user.profile();
        users.update(user.id(), user.getVersion(), new UserProfile(name, "Nông Thị Đổi Tên", p.jobTitle(), p.email(),
                p.partyId(), Set.copyOf(p.roles()), Language.ZH, p.timeZone(), true));

        assertThat(entriesOf(name)).extracting(SecurityLogEntry::kind).containsExactly(Kind.ACCOUNT_CREATED);
    }

    @Test
    void aPasswordResetNamesTheAdministratorAndAnOwnChangeNamesNobodyElse() {
        SignedIn.as(accounts, "admin");
        var name = users.create(caoBangDelegate(SignedIn.unique("cb."))).username();
        var reset = users.resetPassword(account(name).id());
        SignedIn.as(accounts, name);
        users.changeOwnPassword(reset.password(), "Cao Bằng 高平 2027 mới");

        var entries = entriesOf(name);
        assertThat(entries).extracting(SecurityLogEntry::kind)
                .containsExactly(Kind.PASSWORD_CHANGED, Kind.PASSWORD_RESET, Kind.ACCOUNT_CREATED);
        assertThat(entries.get(0).actor()).as("the account's own change").isNull();
        assertThat(entries.get(1).actor()).isEqualTo("admin");
        assertThat(entries).extracting(e -> String.valueOf(e.detail())).as("never a password")
                .allSatisfy(detail -> assertThat(detail).doesNotContain(reset.password()));
    }

    @Test
    void downloadingTheFinalTextIsRecordedAndDownloadingADraftIsNot() {
        var communique = CirculatedCommuniques.generatedDraft(context);
        var draft = communique.circulate();
        var start = Instant.now();
        SignedIn.as(accounts, "gx.delegate");
        export.export(draft.id(), Edition.VI, ExportFormat.DOCX);
        var draftFile = export.fileName(draft.id(), Edition.VI, ExportFormat.DOCX);
        communique.approve(draft, CirculatedCommuniques.LEADERS.toArray(String[]::new));
        SignedIn.as(accounts, "gx.delegate");
        export.export(draft.id(), Edition.BILINGUAL, ExportFormat.PDF);
        var finalFile = export.fileName(draft.id(), Edition.BILINGUAL, ExportFormat.PDF);

        var downloads = find(new SecurityLogFilter(start, null, Kind.FINAL_TEXT_EXPORTED, "gx.delegate", null));
        assertThat(downloads).extracting(SecurityLogEntry::detail).contains(finalFile).doesNotContain(draftFile);
        assertThat(downloads).filteredOn(e -> finalFile.equals(e.detail())).singleElement()
                .satisfies(e -> assertThat(e.username()).isEqualTo("gx.delegate"));
    }

    private User account(String name) {
        return users.all().stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
    }

    private List<SecurityLogEntry> entriesOf(String name) {
        return find(new SecurityLogFilter(null, null, null, name, null));
    }

    /** Read as the administrator, who alone may; whoever was signed in before is signed in again after. */
    private List<SecurityLogEntry> find(SecurityLogFilter filter) {
        var before = SecurityContextHolder.getContext();
        SignedIn.as(accounts, "admin");
        try {
            return log.find(filter, 0, 50).getContent();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private UserProfile caoBangDelegate(String username) {
        return new UserProfile(username, "Nông Thị Ghi", null, null, parties.findByCode("CB").orElseThrow().id(),
                EnumSet.of(Role.DELEGATE), Language.VI, null, true);
    }
}
