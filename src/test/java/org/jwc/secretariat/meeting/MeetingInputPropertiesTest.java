package org.jwc.secretariat.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generated meeting forms as the administrator sends them: numbers (taken, zero, negative, huge),
 * titles and places, dates (far past, far future, ending before they start, absent), deadlines in
 * any order, and party ids of the same side, of no party or of none. Every meeting the test saves is
 * deleted afterwards, as a later number would change the host rotation of the other tests.
 */
@DatabaseTest
class MeetingInputPropertiesTest {

    private static final Instant NEAR = Instant.parse("2031-02-24T01:30:00Z");

    @Autowired MeetingService service;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    final List<Long> saved = new ArrayList<>();
    Map<Long, Party> partiesById;

    @BeforeEach
    void signInAsAdministrator() {
        SignedIn.as(accounts, "admin");
        partiesById = parties.byId();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        saved.forEach(id -> jdbc.update("DELETE FROM meeting WHERE id = ?", id));
    }

    @Test
    void meetingsTakeAnyNumberDatePlaceAndPartiesAFormSendsOrRefuseItWithAMessage() {
        var check = new FormCheck("meetings (create)", jdbc);
        var partyIds = List.copyOf(partiesById.keySet());
        ForAll.check(250, random -> details(random, partyIds), details -> {
            var problems = problems(details);
            var sent = check.send(() -> service.create(details));
            if (sent.accepted()) {
                saved.add(sent.saved().id());
                assertThat(problems).as("accepted although").isEmpty();
                assertThat(service.get(sent.saved().id()).details()).isEqualTo(new MeetingDetails(details.number(),
                        FormInput.normalised(details.title()), details.startsAt(), details.endsAt(), details.format(),
                        details.format().hasVenue() ? FormInput.normalised(details.venue()) : LocalizedText.EMPTY,
                        details.format().hasBridges() ? FormInput.normalised(details.bridges()) : LocalizedText.EMPTY,
                        details.hostPartyId(), details.coChairPartyId(), details.proposalDeadline(),
                        details.responseDeadline(), details.approvalDeadline()));
            } else {
                assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
            }
        });
        check.report();
    }

    private static MeetingDetails details(Random random, List<Long> partyIds) {
        var starts = FormInput.instant(random, NEAR);
        var ends = random.nextInt(4) == 0 || starts == null ? FormInput.instant(random, NEAR)
                : starts.plus(Duration.ofHours(random.nextInt(48)));
        var number = random.nextInt(10) == 0 ? 18 : FormInput.number(random, 100, 100_000);
        return new MeetingDetails(number, FormInput.localized(random, 500, 0.1), starts, ends,
                FormInput.choice(random, MeetingFormat.values()), FormInput.localized(random, 300, 0.1),
                FormInput.localized(random, 500, 0.1), FormInput.id(random, partyIds, List.of()),
                FormInput.id(random, partyIds, List.of()), deadline(random, starts), deadline(random, starts),
                random.nextBoolean() ? null : FormInput.instant(random, NEAR.plus(Duration.ofDays(30))));
    }

    private static @Nullable Instant deadline(Random random, @Nullable Instant starts) {
        return random.nextBoolean() ? null : FormInput.instant(random, (starts == null ? NEAR : starts).minus(Duration.ofDays(40)));
    }

    /** Every refusal the form deserves, in the order the service checks. */
    private Set<String> problems(MeetingDetails d) {
        var found = new TreeSet<String>();
        if (d.number() < 1) {
            found.add("number: validation.positive");
        }
        if (service.findByNumber(d.number()).isPresent()) {
            found.add("number: meeting.error.numberTaken");
        }
        texts(found, "title", d.title(), 500);
        if (d.startsAt() == null) {
            found.add("startsAt: validation.required");
        }
        if (d.endsAt() == null) {
            found.add("endsAt: validation.required");
        }
        var dates = new java.util.LinkedHashMap<String, @Nullable Instant>();
        dates.put("startsAt", d.startsAt());
        dates.put("endsAt", d.endsAt());
        dates.put("proposalDeadline", d.proposalDeadline());
        dates.put("responseDeadline", d.responseDeadline());
        dates.put("approvalDeadline", d.approvalDeadline());
        dates.forEach((field, date) -> {
            if (FormInput.outOfCalendar(date)) {
                found.add(field + ": validation.dateRange");
            }
        });
        if (d.startsAt() != null && d.endsAt() != null && d.endsAt().isBefore(d.startsAt())) {
            found.add("endsAt: meeting.error.endsBeforeStart");
        }
        if (d.format() == null) {
            found.add("format: validation.required");
        } else {
            if (d.format().hasVenue()) {
                texts(found, "venue", d.venue(), 300);
            }
            if (d.format().hasBridges()) {
                texts(found, "bridges", d.bridges(), 500);
            }
        }
        var host = partiesById.get(d.hostPartyId());
        var coChair = partiesById.get(d.coChairPartyId());
        if (host == null || coChair == null) {
            found.add("error.notFound");
        } else if (host.side() == coChair.side()) {
            found.add("coChairPartyId: meeting.error.coChairSameSide");
        }
        if (after(d.proposalDeadline(), d.responseDeadline()) || after(d.proposalDeadline(), d.startsAt())) {
            found.add("proposalDeadline: meeting.error.deadlineOrder");
        }
        if (after(d.responseDeadline(), d.startsAt())) {
            found.add("responseDeadline: meeting.error.deadlineOrder");
        }
        if (d.approvalDeadline() != null && d.endsAt() != null && d.approvalDeadline().isBefore(d.endsAt())) {
            found.add("approvalDeadline: meeting.error.approvalBeforeEnd");
        }
        return found;
    }

    private static void texts(Set<String> found, String field, LocalizedText text, int max) {
        if (!text.hasOfficialLanguages()) {
            found.add(field + ": validation.officialLanguages");
        }
        found.addAll(FormInput.problems(field, text, max));
    }

    private static boolean after(@Nullable Instant deadline, @Nullable Instant limit) {
        return deadline != null && limit != null && deadline.isAfter(limit);
    }

}
