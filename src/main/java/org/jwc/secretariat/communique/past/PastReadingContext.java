package org.jwc.secretariat.communique.past;

import java.util.List;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.party.Side;
import org.springframework.stereotype.Component;

/** What a past communiqué is read against: the parties it may name and today's area tree. */
@Component
class PastReadingContext {

    private final CommuniqueService communiques;
    private final AreaService areas;

    PastReadingContext(CommuniqueService communiques, AreaService areas) {
        this.communiques = communiques;
        this.areas = areas;
    }

    /** The parties a paragraph may name: those taking part on the meeting's day, with their side. */
    List<PartyName> parties(long meetingId) {
        return communiques.takingPart(meetingId).stream()
                .map(p -> new PartyName(p.id(), p.name(), p.shortName(), p.side() == Side.VN))
                .toList();
    }

    /** Today's area tree: a past communiqué's sections are mapped onto it. */
    List<AreaName> areas() {
        return areas.all().stream().map(a -> new AreaName(a.id(), a.parentId(), a.name())).toList();
    }

    boolean areaExists(long areaId) {
        return areas.exists(areaId);
    }
}
