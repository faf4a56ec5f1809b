package org.jwc.secretariat.minutes;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jwc.secretariat.agenda.AgendaItem;
import org.jwc.secretariat.agenda.AgendaService;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.i18n.Numerals;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.springframework.stereotype.Component;

/**
 * The sections new minutes start with, headed in each language: opening; a statement per party
 * taking part (the host's first); a discussion per item of the official agenda, in its order;
 * conclusions; signed documents; and the next meeting, pre-filled from the host rotation.
 * Positions leave room per kind, so that a section added later falls in its place.
 */
@Component
class MinutesOutline {

    private static final int PER_KIND = 1000;
    private static final List<Language> LANGUAGES = List.of(Language.VI, Language.ZH, Language.EN);

    private final PartyService parties;
    private final AgendaService agenda;
    private final MeetingService meetings;
    private final Translations translations;

    MinutesOutline(PartyService parties, AgendaService agenda, MeetingService meetings, Translations translations) {
        this.parties = parties;
        this.agenda = agenda;
        this.meetings = meetings;
        this.translations = translations;
    }

    List<MinutesSection> sectionsFor(Meeting meeting) {
        var list = new ArrayList<MinutesSection>();
        list.add(section(meeting, SectionKind.OPENING, 0, null, null, heading(SectionKind.OPENING), LocalizedText.EMPTY));
        var taking = parties.activeOn(meeting.startsAt().atZone(ZoneOffset.UTC).toLocalDate()).stream()
                .sorted(Comparator.comparing((Party p) -> p.id() != meeting.hostPartyId()).thenComparing(Party::id))
                .toList();
        for (int i = 0; i < taking.size(); i++) {
            var party = taking.get(i);
            list.add(section(meeting, SectionKind.STATEMENT, i, party.id(), null,
                    text(l -> translations.getTranslation("minutes.section.STATEMENT", l.locale(), party.name(l))),
                    LocalizedText.EMPTY));
        }
        list.addAll(missingDiscussions(meeting, List.of()));
        for (var kind : List.of(SectionKind.CONCLUSIONS, SectionKind.SIGNED_DOCUMENTS)) {
            list.add(section(meeting, kind, 0, null, null, heading(kind), LocalizedText.EMPTY));
        }
        list.add(section(meeting, SectionKind.NEXT_MEETING, 0, null, null, heading(SectionKind.NEXT_MEETING), nextMeeting(meeting)));
        return list;
    }

    /** Discussion sections for the placed agenda items that have none yet, after the existing ones. */
    List<MinutesSection> missingDiscussions(Meeting meeting, List<MinutesSection> existing) {
        var covered = existing.stream().map(MinutesSection::agendaItemId).filter(Objects::nonNull).collect(Collectors.toSet());
        var next = (int) existing.stream().filter(s -> s.kind() == SectionKind.DISCUSSION).count();
        var added = new ArrayList<MinutesSection>();
        for (AgendaItem item : agenda.officialAgenda(meeting.id())) {
            if (!covered.contains(item.id())) {
                added.add(section(meeting, SectionKind.DISCUSSION, next++, null, item.id(),
                        text(l -> translations.getTranslation("minutes.section.DISCUSSION", l.locale(), item.title().in(l))),
                        LocalizedText.EMPTY));
            }
        }
        return added;
    }

    /**
     * The meeting after this one: as planned (its date and venue too), or as the rotation proposes
     * it (host and co-chair, the date and venue to be agreed).
     */
    private LocalizedText nextMeeting(Meeting meeting) {
        Map<Long, Party> byId = parties.byId();
        var planned = meetings.findByNumber(meeting.number() + 1);
        if (planned.isPresent()) {
            var next = planned.get();
            var zone = byId.get(next.hostPartyId()).zone();
            return text(l -> translations.getTranslation("minutes.nextMeeting.planned", l.locale(), Numerals.meeting(next.number(), l),
                    byId.get(next.hostPartyId()).name(l), byId.get(next.coChairPartyId()).name(l),
                    DateTimeFormatter.ofPattern(translations.getTranslation("minutes.export.datePattern", l.locale()), l.locale())
                            .format(next.startsAt().atZone(zone)), next.venue().in(l)));
        }
        return meetings.proposeNext().filter(n -> n.number() == meeting.number() + 1)
                .map(next -> text(l -> translations.getTranslation("minutes.nextMeeting.body", l.locale(), Numerals.meeting(next.number(), l),
                        byId.get(next.hostPartyId()).name(l), byId.get(next.coChairPartyId()).name(l))))
                .orElse(LocalizedText.EMPTY);
    }

    private LocalizedText heading(SectionKind kind) {
        return text(l -> translations.getTranslation("minutes.section." + kind.name(), l.locale()));
    }

    private static LocalizedText text(Function<Language, String> in) {
        var texts = LANGUAGES.stream().map(in).toList();
        return new LocalizedText(texts.get(0), texts.get(1), texts.get(2));
    }

    private static MinutesSection section(Meeting meeting, SectionKind kind, int index, Long partyId, Long agendaItemId,
            LocalizedText heading, LocalizedText body) {
        return new MinutesSection(meeting.id(), kind, kind.ordinal() * PER_KIND + index, partyId, agendaItemId, heading, body);
    }
}
