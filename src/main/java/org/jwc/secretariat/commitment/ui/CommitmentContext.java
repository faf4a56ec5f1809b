package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.commitment.AreaTree;
import org.jwc.secretariat.commitment.CommitmentParty;
import org.jwc.secretariat.commitment.CommitmentService;
import org.jwc.secretariat.commitment.CommitmentView;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.party.Successions;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;

/**
 * What the parts of the commitments pages share, read once per drawing: the service, the reader,
 * their language and time zone, and the parties (in the committee's order), areas and meetings
 * the commitments name.
 */
record CommitmentContext(CommitmentService commitments, SecretariatUser user, Language language, ZoneId zone, Clock clock,
        Map<Long, Party> parties, Successions successions, AreaTree areas, Map<Long, Meeting> meetings) {

    /** Reads the reader and what the commitments name, once for a page. */
    static CommitmentContext read(CommitmentService commitments, MeetingService meetings, AreaService areas,
            PartyService parties, CurrentUser currentUser, Clock clock) {
        return new CommitmentContext(commitments, currentUser.require(), UiLanguage.current(), parties.currentUserZone(), clock,
                parties.all().stream().collect(Collectors.toMap(Party::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)),
                parties.successionsOn(LocalDate.now(clock)), new AreaTree(areas.all()),
                meetings.all().stream().collect(Collectors.toMap(Meeting::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    /**
     * Whether the reader may report on the commitment: a delegate or secretary of a responsible
     * party, as the service decides; the button is not offered to anyone it would refuse.
     */
    boolean mayReport(CommitmentView view) {
        var party = user.partyId();
        return party != null && (user.hasRole(Role.DELEGATE) || user.hasRole(Role.SECRETARY))
                && view.parties().stream().anyMatch(p -> successions.actsFor(party, p.partyId()));
    }

    /** The responsible parties in the committee's order (the order of the parties map), not by database id. */
    List<CommitmentParty> responsible(CommitmentView view) {
        var order = new ArrayList<>(parties.keySet());
        return view.parties().stream().sorted(Comparator.comparingInt((CommitmentParty p) -> order.indexOf(p.partyId()))).toList();
    }

    Party party(long id) {
        return parties.get(id);
    }

    /**
     * How a responsible party is named: itself, or the party acting for it today with its former
     * name, "Tuyên Quang (formerly Hà Giang)", so both who carries it on and who agreed to it show.
     */
    String responsibleName(long partyId, boolean shortName) {
        return responsibleName(successions, partyId, language, shortName);
    }

    static String responsibleName(Successions successions, long partyId, Language language, boolean shortName) {
        return successions.name(partyId, p -> shortName ? p.shortName().in(language) : p.name(language),
                (acting, former) -> UI.getCurrent().getTranslation("party.formerly", acting, former));
    }

    /** "Meeting 18" in the reader's language, as commitments are cited by meeting and paragraph. */
    int meetingNumber(long meetingId) {
        var meeting = meetings.get(meetingId);
        return meeting == null ? 0 : meeting.number();
    }

    String meetingTitle(long meetingId) {
        var meeting = meetings.get(meetingId);
        return meeting == null ? "" : meeting.title().in(language);
    }

    /** Today where the reader is: the default date of a report, which may not be later. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
