package org.jwc.secretariat.minutes;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.OpenWork;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.springframework.stereotype.Component;

/**
 * The minutes' open work at a meeting: minutes not opened once the meeting is in session, minutes
 * not closed (which keeps the meeting from concluding: closed or concluded, nobody could change
 * them), statements not confirmed, and delegations not listed.
 */
@Component
class MinutesOpenWork implements OpenWork {

    private final MinutesRecords minutes;
    private final MinutesSections sections;
    private final Delegations delegations;
    private final PartyService parties;

    MinutesOpenWork(MinutesRecords minutes, MinutesSections sections, Delegations delegations, PartyService parties) {
        this.minutes = minutes;
        this.sections = sections;
        this.delegations = delegations;
        this.parties = parties;
    }

    @Override
    public List<OpenItem> openAt(Meeting meeting) {
        var open = new ArrayList<OpenItem>();
        // From the session on, and until it concludes, the meeting is being recorded.
        var recording = meeting.phase().compareTo(Phase.IN_SESSION) >= 0 && meeting.phase() != Phase.CONCLUDED;
        var record = minutes.findByMeetingId(meeting.id());
        if (record.isEmpty()) {
            if (recording) {
                open.add(OpenItem.warning("open.minutesNotOpened"));
            }
        } else if (!record.get().isClosed()) {
            open.add(OpenItem.keepsOpen("open.minutesNotClosed"));
            var unconfirmed = sections.findByMeetingIdOrderByPositionAsc(meeting.id()).stream()
                    .filter(s -> s.kind() == SectionKind.STATEMENT && s.confirmation() != Confirmation.CONFIRMED)
                    .map(MinutesSection::partyId).filter(Objects::nonNull).toList();
            if (!unconfirmed.isEmpty()) {
                open.add(OpenItem.warning("open.statementsNotConfirmed", names(unconfirmed)));
            }
        }
        if (recording) {
            var listed = delegations.findByMeetingId(meeting.id()).stream().filter(Delegation::submitted)
                    .map(Delegation::partyId).toList();
            var unlisted = parties.activeOn(meeting.startsAt().atZone(ZoneOffset.UTC).toLocalDate()).stream()
                    .map(Party::id).filter(id -> !listed.contains(id)).toList();
            if (!unlisted.isEmpty()) {
                open.add(OpenItem.warning("open.delegationsNotListed", names(unlisted)));
            }
        }
        return open;
    }

    /** The parties' names joined in each language, for one line of the list. */
    private LocalizedText names(List<Long> partyIds) {
        var byId = parties.byId();
        var named = partyIds.stream().map(byId::get).filter(Objects::nonNull).toList();
        return new LocalizedText(join(named, Language.VI, ", "), join(named, Language.ZH, "、"), join(named, Language.EN, ", "));
    }

    private static String join(List<Party> parties, Language language, String separator) {
        return parties.stream().map(p -> p.shortName().in(language)).collect(Collectors.joining(separator));
    }
}
