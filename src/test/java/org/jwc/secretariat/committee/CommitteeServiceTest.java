package org.jwc.secretariat.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Everyone reads the committee's name, the login page included; only administrators rename it
 * (DESIGN §5). Every other test reads the name, so a test that renames it puts it back.
 */
@DatabaseTest
class CommitteeServiceTest {

    @Autowired CommitteeService committees;
    @Autowired UserDetailsService accounts;

    Committee before;

    @BeforeEach
    void theDemoCommittee() {
        SignedIn.as(accounts, "ls.delegate");
        before = committees.committee().orElseThrow();
        SignedIn.signOut();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void everyoneReadsTheNameOfTheCommitteeTheyWorkInAndBeforeSignInNoneOfSeveralIsNamed() {
        SignedIn.as(accounts, "gx.delegate");
        assertThat(committees.name().vi()).startsWith("Ủy ban Công tác liên hợp");
        assertThat(committees.name().zh()).isNotBlank();
        assertThat(committees.name()).isEqualTo(before.name());
        SignedIn.as(accounts, "yn.delegate");
        assertThat(committees.name().zh()).as("Yunnan's delegate works in the working group").startsWith("越南老街");
        SignedIn.signOut();
        assertThat(committees.committee()).as("the platform holds two mechanisms: the login page names neither").isEmpty();
    }

    @Test
    void anAdministratorRenamesTheCommitteeInBothOfficialLanguages() {
        SignedIn.as(accounts, "admin");
        var renamed = new LocalizedText("Ủy ban Công tác liên hợp " + SignedIn.unique(""), "联合工作委员会（测试）", null);
        try {
            var saved = committees.rename(before.getVersion(), renamed);
            assertThat(saved.id()).isEqualTo(before.id());
            assertThat(saved.getVersion()).isEqualTo(before.getVersion() + 1);
            SignedIn.as(accounts, "gx.delegate");
            assertThat(committees.name()).as("as everyone of the committee reads it").isEqualTo(renamed);
        } finally {
            SignedIn.as(accounts, "admin");
            committees.rename(committees.committee().orElseThrow().getVersion(), before.name());
        }
        assertThat(committees.name()).isEqualTo(before.name());
    }

    @Test
    void theTopBarsShortNameIsOptionalAndTheFullNameStandsInForALanguageWithoutOne() {
        SignedIn.as(accounts, "ls.delegate");
        assertThat(committees.shortName()).as("the demo's")
                .isEqualTo(new LocalizedText("Ủy ban Công tác liên hợp", "联合工作委员会", "Joint Working Committee"));
        SignedIn.as(accounts, "admin");
        try {
            var saved = committees.rename(before.getVersion(), before.name(), new LocalizedText("UBCTLH", null, null));
            assertThat(saved.shortName()).isEqualTo(new LocalizedText("UBCTLH", before.name().zh(), before.name().en()));
            assertThatThrownBy(() -> committees.rename(saved.getVersion(), before.name(),
                    new LocalizedText("x".repeat(Committee.MAX_SHORT_NAME + 1), null, null)))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("shortName"));
            assertThat(committees.shortName().vi()).as("nothing half-saved").isEqualTo("UBCTLH");
            var renamed = committees.rename(saved.getVersion(), new LocalizedText("Ủy ban mới", "新委员会", null));
            assertThat(renamed.givenShortName().vi()).as("a new full name keeps the short one").isEqualTo("UBCTLH");
        } finally {
            SignedIn.as(accounts, "admin");
            committees.rename(committees.committee().orElseThrow().getVersion(), before.name(), before.givenShortName());
        }
        assertThat(committees.shortName()).isEqualTo(before.shortName());
    }

    @Test
    void noDelegateSecretaryOrLeaderRenamesTheCommittee() {
        var name = new LocalizedText("Ủy ban khác", "其他委员会", null);
        for (var other : List.of("tq.delegate", "ls.secretary", "gx.secretary", "cb.leader", "gx.leader")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> committees.rename(before.getVersion(), name)).as(other)
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        SignedIn.signOut();
        assertThatThrownBy(() -> committees.rename(before.getVersion(), name))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        SignedIn.as(accounts, "ls.delegate");
        assertUnchanged();
    }

    @Test
    void theNameNeedsBothOfficialLanguagesWithinFiveHundredCharacters() {
        SignedIn.as(accounts, "admin");
        assertRefused(new LocalizedText("Chỉ có tiếng Việt", null, "Only Vietnamese"), "validation.officialLanguages");
        assertRefused(new LocalizedText(null, "只有中文", null), "validation.officialLanguages");
        assertRefused(null, "validation.officialLanguages");
        assertRefused(new LocalizedText("Ủ".repeat(501), "委员会", null), "validation.tooLong");
        assertRefused(new LocalizedText("Ủy ban\u200b", "委员会", null), "validation.invisibleCharacter");
        assertUnchanged();
    }

    @Test
    void aRenameFromAnOlderScreenIsRefused() {
        SignedIn.as(accounts, "admin");
        assertThatThrownBy(() -> committees.rename(before.getVersion() + 1, new LocalizedText("Ủy ban mới", "新委员会", null)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
        assertUnchanged();
    }

    private void assertRefused(LocalizedText name, String key) {
        assertThatThrownBy(() -> committees.rename(before.getVersion(), name)).as(key)
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo("name");
                });
    }

    private void assertUnchanged() {
        var now = committees.committee().orElseThrow();
        assertThat(now.name()).isEqualTo(before.name());
        assertThat(now.getVersion()).isEqualTo(before.getVersion());
    }
}
