package org.jwc.secretariat.communique.past;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.MessageKey;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.communique.CommuniqueSection;
import org.jwc.secretariat.communique.ImportedLanguage;
import org.jwc.secretariat.communique.Paragraph;
import org.jwc.secretariat.communique.ParagraphDraft;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.communique.SectionDraft;
import org.jwc.secretariat.communique.SectionKind;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A past communiqué as the user reviewed it, checked again (the screen's copy is the user's to
 * change) and turned into the sections to save: the preamble, the numbered areas, the closing. Each
 * text is in the imported language only; the other stays empty, pending, until it is imported too.
 * A paragraph the user emptied is dropped. Refusals name the section, so the user finds it at once.
 */
final class PastReview {

    private PastReview() {
    }

    static List<SectionDraft> drafts(@Nullable ParsedCommunique reviewed, @Nullable Language language, Set<Long> takingPart,
            LongPredicate areaExists) {
        if (language == null || language == Language.EN) {
            throw RefusedException.badInput("language", "communique.import.error.language");
        }
        if (reviewed == null || reviewed.sections().isEmpty()) {
            throw RefusedException.badInput(PastText.FIELD, "communique.import.error.noStructure");
        }
        var drafts = new ArrayList<SectionDraft>();
        drafts.add(new SectionDraft(SectionKind.PREAMBLE, null, 0, LocalizedText.EMPTY,
                common(kept(reviewed.preamble()), language, "communique.section.PREAMBLE")));
        for (var section : reviewed.sections()) {
            drafts.add(area(section, language, takingPart, areaExists));
        }
        drafts.add(new SectionDraft(SectionKind.CLOSING, null, 0, LocalizedText.EMPTY,
                common(kept(reviewed.closing()), language, "communique.section.CLOSING")));
        return drafts;
    }

    private static SectionDraft area(ParsedSection section, Language language, Set<Long> takingPart, LongPredicate areaExists) {
        var label = label(section);
        var heading = LocalizedText.trimToNull(section.heading());
        if (heading == null || heading.length() > CommuniqueSection.MAX_HEADING) {
            throw RefusedException.badInput("heading", "communique.import.error.heading", label, CommuniqueSection.MAX_HEADING);
        }
        if (section.areaId() == null || !areaExists.test(section.areaId())) {
            throw RefusedException.badInput("area", "communique.import.error.areaUnsure", label);
        }
        var paragraphs = new ArrayList<ParagraphDraft>();
        for (var paragraph : section.paragraphs()) {
            var text = LocalizedText.trimToNull(paragraph.text());
            if (text == null) {
                continue;
            }
            if (paragraph.kind() == null) {
                throw RefusedException.badInput("kind", "communique.import.error.kind", label);
            }
            var parties = paragraph.kind() == ParagraphKind.COMMON ? List.<Long>of()
                    : paragraph.partyIds().stream().distinct().sorted().toList();
            if (!takingPart.containsAll(parties)) {
                throw RefusedException.badInput("parties", "communique.import.error.partyNotTakingPart", label);
            }
            if (paragraph.kind() == ParagraphKind.BILATERAL && parties.size() < 2) {
                throw RefusedException.badInput("parties", "communique.import.error.bilateralParties", label);
            }
            paragraphs.add(new ParagraphDraft(paragraph.kind(), parties, null, only(language, within(text, label)), List.of()));
        }
        return new SectionDraft(SectionKind.AREA, section.areaId(), Math.clamp(section.level(), 1, 2),
                only(language, heading), paragraphs);
    }

    private static List<ParagraphDraft> common(List<String> texts, Language language, String part) {
        return texts.stream().map(t -> ParagraphDraft.common(only(language, within(t, new MessageKey(part))))).toList();
    }

    /** The paragraphs that still have text. */
    static List<String> kept(List<String> paragraphs) {
        return paragraphs.stream().map(LocalizedText::trimToNull).filter(Objects::nonNull).toList();
    }

    private static String within(String text, Object label) {
        if (text.length() > Paragraph.MAX_TEXT) {
            throw RefusedException.badInput(PastText.FIELD, "communique.import.error.paragraphTooLong", label, Paragraph.MAX_TEXT);
        }
        return text;
    }

    /** How a refusal names a section: its number and heading as written, "3. Về …" or "(2) 关于…". */
    static String label(ParsedSection section) {
        var n = section.number();
        var chinese = !n.chars().allMatch(Character::isDigit);
        var number = section.level() <= 1 ? (chinese ? n + "、" : n + ". ") : (chinese ? "（" + n + "）" : "(" + n + ") ");
        return number + section.heading();
    }

    /** A text in one language only. */
    static LocalizedText only(Language language, String text) {
        return LocalizedText.EMPTY.with(language, text);
    }

    /**
     * The other language's paper text shaped like the saved one: the preamble, each numbered section
     * and the closing, each with the paragraphs that still have text.
     */
    static ImportedLanguage otherLanguage(ParsedCommunique other) {
        var parts = new ArrayList<ImportedLanguage.Part>();
        parts.add(new ImportedLanguage.Part(null, kept(other.preamble()), new MessageKey("communique.section.PREAMBLE")));
        for (var section : other.sections()) {
            parts.add(new ImportedLanguage.Part(section.heading(),
                    kept(section.paragraphs().stream().map(ParsedParagraph::text).toList()), label(section)));
        }
        parts.add(new ImportedLanguage.Part(null, kept(other.closing()), new MessageKey("communique.section.CLOSING")));
        return new ImportedLanguage(other.title(), parts);
    }
}
