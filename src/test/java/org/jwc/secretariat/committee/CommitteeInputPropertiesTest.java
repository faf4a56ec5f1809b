package org.jwc.secretariat.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.ForAll;
import org.jwc.secretariat.FormCheck;
import org.jwc.secretariat.FormInput;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.i18n.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Generated renames of the committee, its names in any state and any version; the demo's names come back afterwards. */
@DatabaseTest
class CommitteeInputPropertiesTest {

    @Autowired CommitteeService service;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    Committee before;

    /** The names as the form sends them, for the committee as last seen or as an older version. */
    record Rename(LocalizedText name, @Nullable LocalizedText shortName, boolean stale) {
    }

    @BeforeEach
    void theDemoCommittee() {
        SignedIn.as(accounts, "admin");
        before = service.committee().orElseThrow();
    }

    @AfterEach
    void restoreItsNames() {
        service.rename(service.committee().orElseThrow().getVersion(), before.name(), before.givenShortName());
        SignedIn.signOut();
    }

    @Test
    void theCommitteeTakesAnyNameAFormSendsOrRefusesItWithAMessage() {
        var check = new FormCheck("committee (rename)", jdbc);
        ForAll.check(250, random -> new Rename(FormInput.localized(random, 500, 0.2),
                random.nextInt(10) == 0 ? null : FormInput.localized(random, Committee.MAX_SHORT_NAME, 0.2),
                random.nextInt(8) == 0), rename -> {
                    var current = service.committee().orElseThrow().getVersion();
                    var version = rename.stale() ? current - 1 : current;
                    var problems = problems(rename);
                    var sent = check.send(() -> service.rename(version, rename.name(), rename.shortName()));
                    if (sent.accepted()) {
                        assertThat(problems).as("accepted although").isEmpty();
                        var stored = service.committee().orElseThrow();
                        assertThat(stored.name()).isEqualTo(FormInput.normalised(rename.name()));
                        assertThat(stored.givenShortName()).isEqualTo(rename.shortName() == null ? LocalizedText.EMPTY
                                : FormInput.normalised(rename.shortName()));
                    } else {
                        assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
                    }
                });
        check.report();
    }

    /** The names are checked before the version. */
    private static Set<String> problems(Rename rename) {
        var found = new TreeSet<String>(FormInput.problems("name", rename.name(), 500));
        if (!rename.name().hasOfficialLanguages()) {
            found.add("name: validation.officialLanguages");
        }
        if (rename.shortName() != null) {
            found.addAll(FormInput.problems("shortName", rename.shortName(), Committee.MAX_SHORT_NAME));
        }
        if (rename.stale()) {
            found.add("error.concurrentEdit");
        }
        return found;
    }
}
