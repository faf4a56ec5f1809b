package org.jwc.secretariat.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.ForAll;
import org.jwc.secretariat.FormCheck;
import org.jwc.secretariat.FormInput;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TextInput;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.i18n.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generated party forms as the administrator sends them: codes (taken, malformed, lower case),
 * names, sides, dates far apart or in the wrong order, successor ids of either side or of none,
 * host orders out of range. Every party the test saves is deleted afterwards.
 */
@DatabaseTest
class PartyInputPropertiesTest {

    private static final LocalDate NEAR = LocalDate.of(2025, 7, 1);

    @Autowired PartyService service;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    final List<Long> saved = new ArrayList<>();
    List<Long> partyIds;
    int codes;

    @BeforeEach
    void signInAsAdministrator() {
        SignedIn.as(accounts, "admin");
        partyIds = service.all().stream().map(Party::id).toList();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        saved.forEach(id -> {
            jdbc.update("DELETE FROM committee_membership WHERE party_id = ?", id);
            jdbc.update("DELETE FROM party WHERE id = ?", id);
        });
    }

    @Test
    void partiesTakeAnyCodeNameDatesAndSuccessorAFormSendsOrRefuseItWithAMessage() {
        var check = new FormCheck("parties (create)", jdbc);
        ForAll.check(250, this::details, details -> {
            var problems = problems(details);
            var sent = check.send(() -> service.create(details));
            if (sent.accepted()) {
                saved.add(sent.saved().id());
                assertThat(problems).as("accepted although").isEmpty();
                var stored = service.get(sent.saved().id());
                assertThat(stored.code()).isEqualTo(TextInput.normalised(details.code()).toUpperCase(java.util.Locale.ROOT));
                assertThat(stored.name()).isEqualTo(FormInput.normalised(details.name()));
                var name = FormInput.normalised(details.name());
                var shortName = FormInput.normalised(details.shortName());
                assertThat(stored.shortName()).as("the short name, or the full name where none is given").isEqualTo(
                        new LocalizedText(shortName.vi() == null ? name.vi() : shortName.vi(),
                                shortName.zh() == null ? name.zh() : shortName.zh(),
                                shortName.en() == null ? name.en() : shortName.en()));
                assertThat(List.of(stored.side(), stored.zone(), stored.activeFrom()))
                        .isEqualTo(List.of(details.side(), details.timeZone(), details.activeFrom()));
                assertThat(stored.activeUntil()).isEqualTo(details.activeUntil());
                assertThat(stored.successorId()).isEqualTo(details.successorId());
                var membership = service.details(stored);
                assertThat(List.of(Optional.ofNullable(membership.hostOrder()), Optional.ofNullable(membership.memberFrom()),
                        Optional.ofNullable(membership.memberUntil()))).as("its membership of this committee")
                        .isEqualTo(List.of(Optional.ofNullable(details.hostOrder()), Optional.ofNullable(details.memberFrom()),
                                Optional.ofNullable(details.memberUntil())));
            } else {
                assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
            }
        });
        check.report();
    }

    private PartyDetails details(Random random) {
        var code = switch (random.nextInt(8)) {
            case 0 -> FormInput.pick(random, List.of("LS", "gx", "1AB", "A", "ABCDEFGHIJK", "Á1", "Z-1"));
            case 1 -> FormInput.text(random, 10, 0.5);
            case 2 -> " zq" + Integer.toString(codes++, 36) + " ";
            default -> "ZQ" + Integer.toString(codes++, 36).toUpperCase(java.util.Locale.ROOT);
        };
        var from = FormInput.date(random, NEAR);
        var memberFrom = random.nextBoolean() ? null : FormInput.date(random, NEAR);
        return new PartyDetails(code, FormInput.localized(random, 200, 0.1), FormInput.localized(random, 100, 0.1),
                FormInput.choice(random, Side.values()),
                FormInput.choice(random, new ZoneId[] {ZoneId.of("Asia/Ho_Chi_Minh"), ZoneId.of("Asia/Shanghai")}),
                from, random.nextBoolean() ? null : FormInput.date(random, from == null ? NEAR : from.plusYears(1)),
                random.nextInt(3) == 0 ? FormInput.id(random, partyIds, List.of()) : null,
                random.nextBoolean() ? null : FormInput.number(random, 1, 10), memberFrom,
                random.nextBoolean() ? null : FormInput.date(random, memberFrom == null ? NEAR : memberFrom.plusYears(1)));
    }

    /** Every refusal the form deserves, in the order the service checks. */
    private Set<String> problems(PartyDetails d) {
        var found = new TreeSet<String>();
        var code = TextInput.normalised(d.code());
        found.addAll(FormInput.problems("code", d.code(), 10));
        if (code == null) {
            found.add("code: validation.required");
        } else if (found.isEmpty()) {
            try {
                Validation.code("code", code);
            } catch (RuntimeException malformed) {
                found.add("code: validation.code");
            }
            if (found.isEmpty() && service.findByCode(code.toUpperCase(java.util.Locale.ROOT)).isPresent()) {
                found.add("code: party.error.codeTaken");
            }
        }
        found.addAll(FormInput.problems("name", d.name(), 200));
        if (!d.name().hasOfficialLanguages()) {
            found.add("name: validation.officialLanguages");
        }
        for (var field : List.of("side", "timeZone", "activeFrom")) {
            if ((field.equals("side") ? d.side() : field.equals("timeZone") ? d.timeZone() : d.activeFrom()) == null) {
                found.add(field + ": validation.required");
            }
        }
        if (FormInput.outOfCalendar(d.activeFrom())) {
            found.add("activeFrom: validation.dateRange");
        }
        if (FormInput.outOfCalendar(d.activeUntil())) {
            found.add("activeUntil: validation.dateRange");
        }
        if (d.activeUntil() != null && d.activeFrom() != null && d.activeUntil().isBefore(d.activeFrom())) {
            found.add("activeUntil: party.error.endsBeforeStart");
        }
        if (d.successorId() != null) {
            var successor = service.find(d.successorId());
            found.add(successor.isEmpty() ? "error.notFound"
                    : successor.get().side() != d.side() ? "successorId: party.error.successorOtherSide" : "");
            found.remove("");
        }
        if (d.hostOrder() != null && d.hostOrder() < 1) {
            found.add("hostOrder: validation.positive");
        }
        if (FormInput.outOfCalendar(d.memberFrom())) {
            found.add("memberFrom: validation.dateRange");
        }
        if (FormInput.outOfCalendar(d.memberUntil())) {
            found.add("memberUntil: validation.dateRange");
        }
        if (d.memberUntil() != null && d.memberFrom() != null && d.memberUntil().isBefore(d.memberFrom())) {
            found.add("memberUntil: party.error.endsBeforeStart");
        }
        found.addAll(FormInput.problems("shortName", d.shortName(), 100));
        return found;
    }
}
