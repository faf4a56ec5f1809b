package org.jwc.secretariat.communique.past;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;

/**
 * The text of a past communiqué made ready for {@link PastCommuniqueParser}: refused when it cannot
 * be one, normalised, cut into paragraphs, and the paragraphs a PDF's page breaks split joined again.
 */
final class PastText {

    static final int MAX_LENGTH = 200_000;
    static final String FIELD = "text";

    /** Extracted PDF text carries odd spaces; they would keep words and names from matching. */
    private static final Pattern ODD_SPACES = Pattern.compile("[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    /** Invisible characters (zero-width, byte-order mark, soft hyphen) and stray controls. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\p{Cc}&&[^\\n]]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");
    /** Sentence-final punctuation, including the "./." that ends a Vietnamese official text. */
    private static final String FINAL = ".;:!?…。！？；：";
    /** Closing quotes and brackets end a quotation, not a sentence: the character before them decides. */
    private static final String CLOSERS = "”\"’')）」』»";

    private PastText() {
    }

    /** The paragraphs of the text, or a refusal saying why it cannot be read. */
    static List<String> paragraphs(@Nullable String text, Language language) {
        if (text == null) {
            throw RefusedException.badInput(FIELD, "communique.import.error.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw RefusedException.badInput(FIELD, "communique.import.error.tooLong", MAX_LENGTH);
        }
        if (looksBinary(text)) {
            throw RefusedException.badInput(FIELD, "communique.import.error.binary");
        }
        var normal = normalise(text);
        if (normal.isEmpty()) {
            throw RefusedException.badInput(FIELD, "communique.import.error.empty");
        }
        return joinPageBreaks(blocks(normal, language), language);
    }

    /**
     * A NUL, a replacement character (bytes decoded with the wrong charset) or more than one control
     * character in a hundred: an uploaded file that is not text, or text that would import as garbage.
     */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || c == '\uFFFD') {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls * 100L > text.length();
    }

    /** One composition (PDF text may be decomposed), one kind of line end and space, trimmed lines. */
    static String normalise(String text) {
        var s = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace("\f", "\n\n"); // a form feed ends a page: a paragraph boundary the repair may undo
        s = INVISIBLE.matcher(ODD_SPACES.matcher(s).replaceAll(" ")).replaceAll("");
        var lines = new ArrayList<String>();
        for (var line : s.split("\n", -1)) {
            lines.add(SPACES.matcher(line).replaceAll(" ").strip());
        }
        return String.join("\n", lines).strip();
    }

    /**
     * Paragraphs are separated by blank lines, and a single line break inside one is a wrapped line;
     * a text without any blank line (pasted from a word processor) has one paragraph per line.
     * A heading is its own paragraph even when no blank line sets it apart.
     */
    static List<String> blocks(String text, Language language) {
        var blocks = new ArrayList<String>();
        if (!BLANK_LINES.matcher(text).find()) {
            text.lines().filter(l -> !l.isEmpty()).forEach(blocks::add);
            return blocks;
        }
        for (var part : BLANK_LINES.split(text)) {
            String current = null;
            for (var line : part.split("\n")) {
                if (current == null || PastHeading.of(line) != null || PastHeading.of(current) != null) {
                    if (current != null) {
                        blocks.add(current);
                    }
                    current = line;
                } else {
                    current = current + glue(current, line, language) + line;
                }
            }
            blocks.add(current);
        }
        return blocks;
    }

    /** Joins each paragraph that a page break cut off with its continuation. */
    static List<String> joinPageBreaks(List<String> blocks, Language language) {
        var joined = new ArrayList<String>();
        for (var block : blocks) {
            if (!joined.isEmpty() && continues(joined.getLast(), block, language)) {
                var before = joined.removeLast();
                joined.add(before + glue(before, block, language) + block);
            } else {
                joined.add(block);
            }
        }
        return joined;
    }

    /**
     * A paragraph goes on in the next one when it ends without final punctuation and the next one
     * starts in lower case: a new paragraph of an official text never does. Chinese has no case,
     * so there a paragraph goes on when it ends mid-sentence and is running text (it has a comma or
     * a full stop inside), which a title line or a heading is not.
     */
    static boolean continues(String before, String after, Language language) {
        if (endsSentence(before) || PastHeading.of(before) != null || PastHeading.of(after) != null) {
            return false;
        }
        if (language == Language.ZH) {
            return before.chars().anyMatch(c -> c == '，' || c == '。' || c == '；' || c == ',');
        }
        return Character.isLowerCase(after.codePointAt(0));
    }

    static boolean endsSentence(String block) {
        int end = block.length();
        while (end > 0 && CLOSERS.indexOf(block.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && FINAL.indexOf(block.charAt(end - 1)) >= 0;
    }

    /** Chinese runs on without spaces; every other join is a space. */
    private static String glue(String before, String after, Language language) {
        return language == Language.ZH && (isHan(before.codePointBefore(before.length())) || isHan(after.codePointAt(0)))
                ? "" : " ";
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }
}
