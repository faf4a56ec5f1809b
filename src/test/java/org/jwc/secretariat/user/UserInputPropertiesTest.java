package org.jwc.secretariat.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generated user forms as the administrator sends them: user names (taken, malformed, in capitals,
 * over-long), e-mail addresses, roles with and without a party, ids of a party no longer active or
 * of none, languages and time zones. Every account the test saves is deleted afterwards.
 */
@DatabaseTest
class UserInputPropertiesTest {

    @Autowired UserService service;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    final List<Long> saved = new ArrayList<>();
    List<Long> partyIds;

    @BeforeEach
    void signInAsAdministrator() {
        SignedIn.as(accounts, "admin");
        partyIds = parties.all().stream().map(p -> p.id()).toList();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        saved.forEach(id -> {
            jdbc.update("DELETE FROM committee_role WHERE user_id = ?", id);
            jdbc.update("DELETE FROM app_user WHERE id = ?", id);
        });
    }

    @Test
    void accountsTakeAnyNameAddressRolesAndPartyAFormSendsOrRefuseItWithAMessage() {
        var check = new FormCheck("users (create)", jdbc);
        ForAll.check(250, this::profile, profile -> {
            var problems = problems(profile);
            var sent = check.send(() -> service.create(profile));
            if (sent.accepted()) {
                var user = service.all().stream().filter(u -> u.username().equals(sent.saved().username())).findFirst()
                        .orElseThrow();
                saved.add(user.id());
                assertThat(problems).as("accepted although").isEmpty();
                assertThat(user.profile()).isEqualTo(new UserProfile(
                        TextInput.normalised(profile.username()).toLowerCase(Locale.ROOT),
                        TextInput.normalised(profile.fullName()), TextInput.normalised(profile.jobTitle()),
                        TextInput.normalised(profile.email()), profile.partyId(), profile.roles(),
                        profile.preferredLanguage(), profile.timeZone(), profile.enabled()));
            } else {
                assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
            }
        });
        check.report();
    }

    private UserProfile profile(Random random) {
        var username = switch (random.nextInt(8)) {
            case 0 -> FormInput.pick(random, List.of("ls.delegate", "LS.Secretary", "ab", "a".repeat(61), ".abc", "ab c"));
            case 1 -> FormInput.text(random, 60, 0.5);
            case 2 -> " " + SignedIn.unique("Gen.").toUpperCase(Locale.ROOT) + "\u00A0";
            default -> SignedIn.unique("gen.");
        };
        var email = switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> FormInput.pick(random, List.of("không-có-a-còng", "a@b", "a@@b.vn", "a b@c.vn", "x".repeat(250) + "@b.vn"));
            case 2 -> FormInput.text(random, 254, 0.5);
            default -> "ban.ngoai.vu@langson.gov.vn";
        };
        var roles = EnumSet.noneOf(Role.class);
        for (var role : Role.values()) {
            if (random.nextInt(3) == 0) {
                roles.add(role);
            }
        }
        return new UserProfile(username, FormInput.text(random, 200, 0.2), FormInput.text(random, 300, 0.2), email,
                random.nextInt(6) == 0 ? null : FormInput.id(random, partyIds, List.of()), roles,
                FormInput.choice(random, Language.values()),
                FormInput.choice(random, new ZoneId[] {ZoneId.of("Asia/Ho_Chi_Minh"), ZoneOffset.ofHours(18)}),
                random.nextBoolean());
    }

    /** Every refusal the form deserves, in the order the service checks. */
    private Set<String> problems(UserProfile p) {
        var found = new TreeSet<String>(FormInput.problems("username", p.username(), 60));
        var username = TextInput.normalised(p.username());
        if (username == null) {
            found.add("username: validation.required");
        } else if (!username.toLowerCase(Locale.ROOT).matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            found.add("username: user.error.usernameFormat");
        } else if (service.all().stream().anyMatch(u -> u.username().equals(username.toLowerCase(Locale.ROOT)))) {
            found.add("username: user.error.usernameTaken");
        }
        found.addAll(FormInput.problems("fullName", p.fullName(), 200));
        if (TextInput.normalised(p.fullName()) == null) {
            found.add("fullName: validation.required");
        }
        found.addAll(FormInput.problems("jobTitle", p.jobTitle(), 300));
        found.addAll(FormInput.problems("email", p.email(), 254));
        var email = TextInput.normalised(p.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            found.add("email: user.error.emailFormat");
        }
        if (p.roles().isEmpty()) {
            found.add("roles: user.error.noRole");
        } else if (p.partyId() == null && !EnumSet.of(Role.ADMIN, Role.PLATFORM_ADMIN).containsAll(p.roles())) {
            found.add("partyId: user.error.partyRequired");
        }
        if (p.partyId() != null) {
            var party = parties.find(p.partyId());
            if (party.isEmpty()) {
                found.add("error.notFound");
            } else if (!party.get().isActiveOn(java.time.LocalDate.now())) {
                found.add("partyId: user.error.partyInactive");
            }
        }
        if (p.preferredLanguage() == null) {
            found.add("preferredLanguage: validation.required");
        }
        return found;
    }
}
