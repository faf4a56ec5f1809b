package org.jwc.secretariat.communique;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.export.Block;
import org.jwc.secretariat.export.ExportDocument;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.party.Party;

/**
 * A circulated version as a document, structured like the 14th communiqué: title, subtitle, preamble,
 * numbered sections and their paragraphs, closing, and a signature block of the parties' chairs.
 * A draft carries "DRAFT – version n – fingerprint" on every page, its paragraph numbers and its
 * open brackets as [ … ]; the final text carries its fingerprint and the leaders' approvals.
 * The title is printed once: above the text in one language; at the head of each column in the
 * bilingual edition, each column opening as its own text does (ADR 0018).
 */
final class CommuniqueDocument {

    /** A time is never broken across lines: a no-break space between the date and the clock. */
    private static final DateTimeFormatter DECIDED = DateTimeFormatter.ofPattern("yyyy-MM-dd'\u00A0'HH:mm");

    private final Translations translations;

    CommuniqueDocument(Translations translations) {
        this.translations = translations;
    }

    /** The version's text; approvals are those of the final version (empty for a draft). */
    ExportDocument of(CommuniqueVersion version, CommuniqueText text, boolean isFinal, List<Approval> approvals,
            List<Party> takingPart, Map<Long, Party> parties, SideZones zones, Edition edition) {
        var language = edition.language() == null ? Language.VI : edition.language();
        Function<Language, String> header = l -> isFinal
                ? t(l, "communique.export.finalHeader", version.fingerprint())
                : t(l, "communique.export.draftHeader", version.number(), version.fingerprint());
        var blocks = new ArrayList<Block>();
        var headings = Map.of(Language.VI, Numbering.headings(text.sections(), Language.VI),
                Language.ZH, Numbering.headings(text.sections(), Language.ZH));
        if (edition == Edition.BILINGUAL) {
            blocks.add(new Block.Parallel(text.title().in(Language.VI), text.title().in(Language.ZH), Block.Parallel.Role.TITLE));
            blocks.add(new Block.Parallel(text.subtitle().in(Language.VI), text.subtitle().in(Language.ZH),
                    Block.Parallel.Role.CENTERED));
        } else {
            // The title itself is the document's, printed above this.
            blocks.add(Block.Paragraph.centered(text.subtitle().in(language)));
        }
        int number = 0;
        for (int s = 0; s < text.sections().size(); s++) {
            var section = text.sections().get(s);
            if (!headings.get(Language.VI).get(s).isEmpty()) {
                if (edition == Edition.BILINGUAL) {
                    blocks.add(new Block.Parallel(headings.get(Language.VI).get(s), headings.get(Language.ZH).get(s), true));
                } else {
                    blocks.add(new Block.Heading(Math.clamp(section.level(), 1, 2), headings.get(language).get(s)));
                }
            }
            for (var paragraph : section.paragraphs()) {
                number++;
                if (edition == Edition.BILINGUAL) {
                    blocks.add(new Block.Parallel(shown(paragraph, Language.VI, number, isFinal), shown(paragraph, Language.ZH, number, isFinal), false));
                } else {
                    blocks.add(new Block.Paragraph(shown(paragraph, language, number, isFinal)));
                }
            }
        }
        blocks.add(signatures(isFinal, approvals, takingPart, edition));
        if (isFinal) {
            blocks.add(new Block.Heading(2, both(edition, l -> t(l, "communique.export.approvals"))));
            blocks.add(approvalTable(version, approvals, parties, zones, edition));
        }
        var title = edition == Edition.BILINGUAL ? text.title().in(Language.VI) + " / " + text.title().in(Language.ZH)
                : text.title().in(language);
        return new ExportDocument(language, title, both(edition, header), blocks, edition != Edition.BILINGUAL);
    }

    /**
     * Who approved when, each time in the zone of the text's side, named in the header ("giờ Hà Nội",
     * "北京时间"); the bilingual edition gives both, a line each, in the order of its columns.
     */
    private Block.Table approvalTable(CommuniqueVersion version, List<Approval> approvals, Map<Long, Party> parties,
            SideZones zones, Edition edition) {
        Function<Language, String> approvedAt = l -> t(l, "communique.export.approvedAt",
                Times.zoneName(zones.in(l), version.circulatedAt(), l.locale()));
        return new Block.Table(List.of(both(edition, l -> t(l, "communique.export.party")),
                both(edition, l -> t(l, "communique.export.leader")), both(edition, approvedAt),
                both(edition, l -> t(l, "communique.export.hash"))),
                approvals.stream().map(a -> List.of(both(edition, l -> parties.get(a.partyId()).name(l)), a.leaderName(),
                        both(edition, l -> DECIDED.format(a.decidedAt().atZone(zones.in(l))), "\n"), a.sha256())).toList());
    }

    /** A draft's paragraph with its number and its open brackets marked; a final one as agreed. */
    private static String shown(ParagraphText paragraph, Language language, int number, boolean isFinal) {
        var text = paragraph.text().get(language);
        if (text == null) {
            text = "";
        }
        if (isFinal) {
            return text;
        }
        for (var bracket : paragraph.brackets()) {
            var span = language == Language.VI ? bracket.spanVi() : bracket.spanZh();
            text = text.replace(span, "[" + span + "]");
        }
        return "¶" + number + "  " + text;
    }

    /** The chairs who sign: the leaders who approved the final text; for a draft, each party's place. */
    private Block.Signatures signatures(boolean isFinal, List<Approval> approvals, List<Party> takingPart, Edition edition) {
        return new Block.Signatures(takingPart.stream().map(party -> {
            var name = isFinal ? approvals.stream().filter(a -> a.partyId() == party.id()).map(Approval::leaderName)
                    .findFirst().orElse("…") : "…";
            return new Block.Signatory(both(edition, l -> t(l, "communique.export.signatory", party.shortName().in(l)), "\n"), name);
        }).toList());
    }

    /** Both official languages in the bilingual edition; the edition's language otherwise. */
    private static String both(Edition edition, Function<Language, String> text) {
        return both(edition, text, " / ");
    }

    private static String both(Edition edition, Function<Language, String> text, String separator) {
        var language = edition.language();
        return language == null ? text.apply(Language.VI) + separator + text.apply(Language.ZH) : text.apply(language);
    }

    private String t(Language language, String key, Object... args) {
        return translations.getTranslation(key, language.locale(), args);
    }
}
