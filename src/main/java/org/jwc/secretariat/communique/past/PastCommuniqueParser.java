package org.jwc.secretariat.communique.past;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;

/**
 * Reads the text of a past joint communiqué in one language (as extracted from its PDF, or pasted)
 * into its title, preamble, numbered sections mapped to cooperation areas, paragraphs with the parties
 * they bind, and closing, for the user to review before it is imported. A pure function of its
 * arguments: no database, the parties and areas come in as data.
 *
 * <p>The parts, in the text's order: the title is the lines before the first running text (a
 * paragraph ending with final punctuation) or the first heading; the preamble the paragraphs before
 * the first numbered heading; then the sections ({@link PastHeading}); the closing is cut from the end
 * of the last section (see {@link #closingStart}). A text without any numbered heading is refused.
 */
public final class PastCommuniqueParser {

    /** How many of the last section's final paragraphs may belong to the closing. */
    private static final int CLOSING_TAIL = 3;
    private static final Pattern NEXT_VI = Pattern.compile("lần thứ\\s*\\d+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HOSTED_VI = Pattern.compile("chủ trì|tiếp tục tổ chức|sẽ (?:được )?tổ chức",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEXT_ZH = Pattern.compile("下一?[次届]|第[0-9一二三四五六七八九十]+次");
    private static final Pattern HOSTED_ZH = Pattern.compile("主办|主持|承办|举办|举行");
    private static final Pattern NEXT_EN = Pattern.compile("next meeting|\\d+(?:st|nd|rd|th) meeting", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOSTED_EN = Pattern.compile("host|will be held", Pattern.CASE_INSENSITIVE);

    private record Block(PastHeading heading, List<String> paragraphs) {
    }

    /**
     * @param parties the parties a paragraph may name
     * @param areas the area tree the sections are mapped to
     * @throws RefusedException on field "text" when the text is empty, binary, too long or has no
     *     numbered section
     */
    public ParsedCommunique parse(String text, Language language, List<PartyName> parties, List<AreaName> areas) {
        var paragraphs = PastText.paragraphs(text, language);
        int first = 0;
        while (first < paragraphs.size() && PastHeading.of(paragraphs.get(first)) == null) {
            first++;
        }
        if (first == paragraphs.size()) {
            throw RefusedException.badInput(PastText.FIELD, "communique.import.error.noStructure");
        }
        int titleEnd = 0;
        while (titleEnd < first && !PastText.endsSentence(paragraphs.get(titleEnd))) {
            titleEnd++;
        }
        var blocks = blocks(paragraphs.subList(first, paragraphs.size()));
        var last = blocks.getLast().paragraphs();
        var closingStart = closingStart(last, language);
        var closing = List.copyOf(last.subList(closingStart, last.size()));
        last.subList(closingStart, last.size()).clear();
        return new ParsedCommunique(String.join("\n", paragraphs.subList(0, titleEnd)),
                paragraphs.subList(titleEnd, first), sections(blocks, language, parties, areas), closing);
    }

    private static List<Block> blocks(List<String> paragraphs) {
        var blocks = new ArrayList<Block>();
        for (var paragraph : paragraphs) {
            var heading = PastHeading.of(paragraph);
            if (heading != null) {
                blocks.add(new Block(heading, new ArrayList<>()));
            } else {
                blocks.getLast().paragraphs().add(paragraph);
            }
        }
        return blocks;
    }

    private static List<ParsedSection> sections(List<Block> blocks, Language language, List<PartyName> parties,
            List<AreaName> areas) {
        var matcher = new PastAreaMatcher(areas, language);
        var reader = new PastParties(parties, language);
        var sections = new ArrayList<ParsedSection>();
        @Nullable Long parentArea = null;
        for (var block : blocks) {
            var heading = block.heading();
            var match = matcher.match(heading.text(), heading.level(), heading.level() <= 1 ? null : parentArea);
            if (heading.level() <= 1) {
                parentArea = match.areaId();
            }
            sections.add(new ParsedSection(heading.level(), heading.number(), heading.text(), match.areaId(),
                    match.confidence(), block.paragraphs().stream().map(reader::read).toList()));
        }
        return sections;
    }

    /**
     * Where the closing starts among the last section's paragraphs (their size when there is none).
     * The closing is about the next meeting, so it starts at the last of the last few paragraphs that
     * names a meeting by its number and who hosts it ("Hội nghị lần thứ 15 … do phía Quảng Tây …
     * chủ trì", "第十五次会议由…主办"), and takes whatever follows it (a place and date of signing);
     * the last one, since a section's text may mention an earlier meeting of some other body.
     * The "./." that ends an official text is no sign: without a closing, the last section's last
     * paragraph carries it. The section keeps at least its first paragraph.
     */
    static int closingStart(List<String> paragraphs, Language language) {
        for (int i = paragraphs.size() - 1; i >= Math.max(1, paragraphs.size() - CLOSING_TAIL); i--) {
            if (aboutNextMeeting(paragraphs.get(i), language)) {
                return i;
            }
        }
        return paragraphs.size();
    }

    private static boolean aboutNextMeeting(String paragraph, Language language) {
        return switch (language) {
            case VI -> NEXT_VI.matcher(paragraph).find() && HOSTED_VI.matcher(paragraph).find();
            case ZH -> NEXT_ZH.matcher(paragraph).find() && HOSTED_ZH.matcher(paragraph).find();
            case EN -> NEXT_EN.matcher(paragraph).find() && HOSTED_EN.matcher(paragraph).find();
        };
    }
}
