package org.jwc.secretariat.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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

/**
 * Generated cooperation-area forms: names in any state, parent ids that exist or not. The test's
 * areas hang under one area of its own, deleted afterwards with everything added under it.
 */
@DatabaseTest
class AreaInputPropertiesTest {

    @Autowired AreaService service;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    final List<Long> saved = new ArrayList<>();
    long parent;

    record Addition(@Nullable Long parentId, LocalizedText name) {
    }

    /** A new name, sent for the area as last seen or as an older version. */
    record Rename(LocalizedText name, boolean stale) {
    }

    @BeforeEach
    void areaOfItsOwn() {
        SignedIn.as(accounts, "admin");
        parent = service.add(null, new LocalizedText(SignedIn.unique("Lĩnh vực "), "领域", null)).id();
        saved.add(parent);
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        saved.reversed().forEach(id -> jdbc.update("DELETE FROM cooperation_area WHERE id = ?", id));
    }

    @Test
    void areasTakeAnyNameAFormSendsUnderAParentThatExistsOrRefuseItWithAMessage() {
        var check = new FormCheck("cooperation areas (add)", jdbc);
        ForAll.check(250, random -> new Addition(FormInput.id(random, List.of(parent), List.of()),
                FormInput.localized(random, 300, 0.2)), addition -> {
                    var sent = check.send(() -> service.add(addition.parentId(), addition.name()));
                    if (sent.accepted()) {
                        saved.add(sent.saved().id());
                    }
                    var problems = addition.parentId() == parent ? problems(addition.name()) : new TreeSet<String>();
                    if (addition.parentId() != parent) {
                        problems.addAll(problems(addition.name()));
                        problems.add("error.notFound");
                    }
                    if (sent.accepted()) {
                        assertThat(problems).as("accepted although").isEmpty();
                        var stored = service.get(sent.saved().id());
                        assertThat(stored.name()).isEqualTo(FormInput.normalised(addition.name()));
                        assertThat(stored.parentId()).isEqualTo(parent);
                    } else {
                        assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
                    }
                });
        check.report();
    }

    @Test
    void renamesTakeAnyNameAFormSendsForTheAreaAsLastSeenOrRefuseItWithAMessage() {
        var check = new FormCheck("cooperation areas (rename)", jdbc);
        ForAll.check(250, random -> new Rename(FormInput.localized(random, 300, 0.2), random.nextInt(5) == 0), form -> {
                    var name = form.name();
                    var current = service.get(parent).getVersion();
                    var version = form.stale() ? current - 1 : current;
                    var problems = version != current ? Set.of("error.concurrentEdit") : problems(name);
                    var sent = check.send(() -> service.rename(parent, version, name));
                    if (sent.accepted()) {
                        assertThat(problems).as("accepted although").isEmpty();
                        assertThat(service.get(parent).name()).isEqualTo(FormInput.normalised(name));
                    } else {
                        assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
                    }
                });
        check.report();
    }

    private static TreeSet<String> problems(LocalizedText name) {
        var found = new TreeSet<String>(FormInput.problems("name", name, 300));
        if (!name.hasOfficialLanguages()) {
            found.add("name: validation.officialLanguages");
        }
        return found;
    }
}
