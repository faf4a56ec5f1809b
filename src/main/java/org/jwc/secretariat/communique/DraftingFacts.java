package org.jwc.secretariat.communique;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingFormat;

/**
 * What a first draft is generated from, read from the other modules beforehand so that the
 * generation itself ({@link CommuniqueDrafter}) is a deterministic function of it.
 *
 * @param parties the parties taking part, in the committee's order (names as written in a text)
 * @param areas the whole area tree
 * @param agreed the meeting's agreed proposals with their agreed (or amended) texts
 */
record DraftingFacts(int meetingNumber, LocalDate date, MeetingFormat format, LocalizedText venue,
        LocalizedText bridges, LocalizedText committee, long hostPartyId, long coChairPartyId, List<Named> parties,
        List<AreaNode> areas, List<Agreed> agreed, List<Head> heads, List<LocalizedText> observers,
        @Nullable Next next) {

    /** A party as running text names it, and its full name, which a text may use instead. */
    record Named(long id, LocalizedText name, LocalizedText fullName) {

        boolean namedIn(String text, Language language) {
            return text.contains(name.in(language)) || text.contains(fullName.in(language));
        }
    }

    record AreaNode(long id, @Nullable Long parentId, int position, LocalizedText name) {
    }

    record Agreed(long proposalId, long areaId, ParagraphKind kind, long ownerPartyId, Set<Long> counterparts,
            LocalizedText text) {
    }

    /** The head of a party's delegation, from the minutes' attendance. */
    record Head(long partyId, LocalizedText name, LocalizedText title) {
    }

    /** The next meeting: planned (with its date and venue) or as the rotation proposes it (without). */
    record Next(int number, long hostPartyId, long coChairPartyId, @Nullable LocalDate date, LocalizedText venue) {
    }
}
