package org.jwc.secretariat.minutes;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jwc.secretariat.export.Block;
import org.jwc.secretariat.export.ExportDocument;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.Party;

/**
 * The minutes as a document in one language: title, venue and date, a draft mark until they are
 * closed, the delegations and observers, every section that all parties may read, and the heads
 * of delegation's signatures. What a party has not submitted is not in it, not even for that party.
 */
final class MinutesDocument {

    private final Translations translations;
    private final Language language;

    MinutesDocument(Translations translations, Language language) {
        this.translations = translations;
        this.language = language;
    }

    ExportDocument of(Meeting meeting, Minutes minutes, List<MinutesSection> shared, List<DelegationList> attendance,
            List<SignedDocument> signed, Map<Long, Party> parties) {
        var blocks = new ArrayList<Block>();
        var date = DateTimeFormatter.ofPattern(t("minutes.export.datePattern"), language.locale())
                .format(meeting.startsAt().atZone(parties.get(meeting.hostPartyId()).zone()));
        blocks.add(Block.Paragraph.centered(meeting.venue().in(language) + "\n" + date));
        if (!minutes.isClosed()) {
            blocks.add(Block.Paragraph.centered(t("minutes.export.draft")));
        }
        blocks.add(new Block.Heading(1, t("minutes.attendance")));
        var signatories = new ArrayList<Block.Signatory>();
        for (var list : attendance) {
            if (!list.submitted() || list.attendees().isEmpty()) {
                continue;
            }
            var party = list.partyId() == null ? null : parties.get(list.partyId());
            blocks.add(new Block.Heading(2, party == null ? t("minutes.observers") : party.name(language)));
            blocks.add(new Block.Table(List.of(t("minutes.field.role"), t("minutes.field.name"), t("minutes.field.title")),
                    list.attendees().stream().map(a -> List.of(t("minutes.role." + a.role().name()), a.name().in(language),
                            a.title().in(language))).toList()));
            list.attendees().stream().filter(a -> a.role() == AttendeeRole.HEAD).findFirst().ifPresent(head -> signatories.add(
                    new Block.Signatory(t("minutes.export.headOf", party == null ? "" : party.name(language)), head.name().in(language))));
        }
        for (var section : shared) {
            blocks.add(new Block.Heading(1, section.heading().in(language)));
            var body = section.body().get(language);
            blocks.add(new Block.Paragraph(body == null ? "" : body));
            if (section.kind() == SectionKind.SIGNED_DOCUMENTS && !signed.isEmpty()) {
                blocks.add(register(signed, parties));
            }
        }
        if (!signatories.isEmpty()) {
            blocks.add(new Block.Signatures(signatories));
        }
        return new ExportDocument(language, t("minutes.title", meeting.title().in(language)), blocks);
    }

    /** The signed documents register as a table: title, type, signatories, date. */
    private Block.Table register(List<SignedDocument> signed, Map<Long, Party> parties) {
        var date = DateTimeFormatter.ofPattern(t("minutes.export.datePattern"), language.locale());
        return new Block.Table(List.of(t("documents.field.title"), t("documents.field.kind"), t("documents.field.signatories"),
                t("documents.field.signedOn")), signed.stream().map(d -> List.of(d.title().in(language),
                        t("documents.kind." + d.kind().name()),
                        d.signatoryPartyIds().stream().map(id -> parties.get(id).name(language)).sorted().collect(Collectors.joining(", ")),
                        d.signedOn() == null ? "" : date.format(d.signedOn()))).toList());
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, language.locale(), params);
    }
}
