package org.jwc.secretariat.communique;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.Side;

/**
 * The time zone each official text gives its times in: its side's, so that the Chinese text says
 * Beijing time and the Vietnamese text Hanoi time, each as its readers keep the record. A side's zone
 * is that of its party hosting or co-chairing the meeting, else of its first party taking part.
 */
record SideZones(ZoneId vietnamese, ZoneId chinese) {

    static SideZones of(Meeting meeting, List<Party> takingPart, Map<Long, Party> parties) {
        var host = parties.get(meeting.hostPartyId());
        return new SideZones(zone(Side.VN, meeting, takingPart, parties, host), zone(Side.CN, meeting, takingPart, parties, host));
    }

    /** The zone of the text in this language; English, for reference only, the Vietnamese text's. */
    ZoneId in(Language language) {
        return language == Language.ZH ? chinese : vietnamese;
    }

    private static ZoneId zone(Side side, Meeting meeting, List<Party> takingPart, Map<Long, Party> parties, Party host) {
        var coChair = parties.get(meeting.coChairPartyId());
        if (host.side() == side) {
            return host.zone();
        }
        if (coChair != null && coChair.side() == side) {
            return coChair.zone();
        }
        return takingPart.stream().filter(p -> p.side() == side).map(Party::zone).findFirst().orElse(host.zone());
    }
}
