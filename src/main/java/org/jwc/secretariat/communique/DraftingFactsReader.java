package org.jwc.secretariat.communique;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.communique.DraftingFacts.Agreed;
import org.jwc.secretariat.communique.DraftingFacts.AreaNode;
import org.jwc.secretariat.communique.DraftingFacts.Head;
import org.jwc.secretariat.communique.DraftingFacts.Named;
import org.jwc.secretariat.communique.DraftingFacts.Next;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.minutes.AttendanceService;
import org.jwc.secretariat.minutes.Attendee;
import org.jwc.secretariat.minutes.AttendeeRole;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.ProposalScope;
import org.springframework.stereotype.Component;

/** Gathers what a first draft is generated from: the meeting, agreed proposals, areas, attendance, next meeting. */
@Component
class DraftingFactsReader {

    private final CommuniqueAccess access;
    private final MeetingService meetings;
    private final PartyService parties;
    private final AreaService areas;
    private final NegotiationService negotiation;
    private final AttendanceService attendance;
    private final CommitteeService committee;

    DraftingFactsReader(CommuniqueAccess access, MeetingService meetings, PartyService parties, AreaService areas,
            NegotiationService negotiation, AttendanceService attendance, CommitteeService committee) {
        this.access = access;
        this.meetings = meetings;
        this.parties = parties;
        this.areas = areas;
        this.negotiation = negotiation;
        this.attendance = attendance;
        this.committee = committee;
    }

    DraftingFacts read(Meeting meeting) {
        var zone = parties.get(meeting.hostPartyId()).zone();
        var agreed = negotiation.agreed(meeting.id()).stream()
                .filter(a -> a.proposal().areaId() != null)
                .map(a -> new Agreed(a.proposal().id(), a.proposal().areaId(), kind(a.proposal().scope()),
                        a.proposal().ownerPartyId(), a.proposal().counterpartPartyIds(), a.text()))
                .toList();
        var present = present(meeting);
        return new DraftingFacts(meeting.number(), meeting.startsAt().atZone(zone).toLocalDate(), meeting.format(),
                meeting.venue(), meeting.bridges(), committee.name(), meeting.hostPartyId(), meeting.coChairPartyId(),
                named(meeting), areas.all().stream().map(a -> new AreaNode(a.id(), a.parentId(), a.position(), a.name())).toList(),
                agreed, present.heads(), present.observers(), next(meeting));
    }

    /** The heads of the delegations the minutes list (submitted lists only), as the preamble names them. */
    List<Head> heads(Meeting meeting) {
        return present(meeting).heads();
    }

    private Present present(Meeting meeting) {
        var present = new Present(new ArrayList<>(), new ArrayList<>());
        for (var list : attendance.attendance(meeting.id())) {
            for (var attendee : list.attendees()) {
                if (list.submitted() && list.partyId() != null && attendee.role() == AttendeeRole.HEAD) {
                    present.heads().add(new Head(list.partyId(), attendee.name(), attendee.title()));
                } else if (attendee.role() == AttendeeRole.OBSERVER) {
                    present.observers().add(observer(attendee));
                }
            }
        }
        return present;
    }

    /** Who the minutes list as present: the heads of delegation and the observers. */
    private record Present(List<Head> heads, List<LocalizedText> observers) {
    }

    private List<Named> named(Meeting meeting) {
        var taking = access.takingPart(meeting);
        var all = new ArrayList<>(taking.stream().map(DraftingFactsReader::named).toList());
        // The next meeting's host may be a successor not yet active: named all the same.
        parties.all().stream().filter(p -> !taking.contains(p)).forEach(p -> all.add(named(p)));
        return all;
    }

    private static Named named(Party party) {
        return new Named(party.id(), party.shortName(), party.name());
    }

    private @Nullable Next next(Meeting meeting) {
        var planned = meetings.findByNumber(meeting.number() + 1);
        if (planned.isPresent()) {
            var next = planned.get();
            Map<Long, Party> byId = parties.byId();
            return new Next(next.number(), next.hostPartyId(), next.coChairPartyId(),
                    next.startsAt().atZone(byId.get(next.hostPartyId()).zone()).toLocalDate(), next.venue());
        }
        return meetings.proposeNext().filter(n -> n.number() == meeting.number() + 1)
                .map(n -> new Next(n.number(), n.hostPartyId(), n.coChairPartyId(), null, LocalizedText.EMPTY))
                .orElse(null);
    }

    private static LocalizedText observer(Attendee attendee) {
        var name = attendee.name();
        var title = attendee.title();
        return new LocalizedText(joined(name.vi(), title.vi()), joined(name.zh(), title.zh()), joined(name.en(), title.en()));
    }

    private static @Nullable String joined(@Nullable String name, @Nullable String title) {
        return title == null ? name : name == null ? title : name + ", " + title;
    }

    static ParagraphKind kind(ProposalScope scope) {
        return switch (scope) {
            case JOINT -> ParagraphKind.COMMON;
            case SIDE -> ParagraphKind.SIDE;
            case BILATERAL -> ParagraphKind.BILATERAL;
        };
    }
}
