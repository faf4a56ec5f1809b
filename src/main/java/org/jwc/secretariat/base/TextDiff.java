package org.jwc.secretariat.base;

import com.github.difflib.DiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;

/**
 * What changed between two versions of a text: word by word in Vietnamese and English, character
 * by character in Chinese, which has no spaces between words.
 */
public final class TextDiff {

    public enum Change { SAME, DELETED, INSERTED }

    public record Segment(Change change, String text) {
    }

    private static final Pattern WORDS_AND_SPACES = Pattern.compile("\\s+|[^\\s]+");

    private TextDiff() {
    }

    public static List<Segment> between(@Nullable String before, @Nullable String after, Language language) {
        var original = tokens(before == null ? "" : before, language);
        var revised = tokens(after == null ? "" : after, language);
        var segments = new ArrayList<Segment>();
        var position = 0;
        for (var delta : DiffUtils.diff(original, revised).getDeltas()) {
            add(segments, Change.SAME, original.subList(position, delta.getSource().getPosition()));
            add(segments, Change.DELETED, delta.getSource().getLines());
            add(segments, Change.INSERTED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Change.SAME, original.subList(position, original.size()));
        return joinAcrossSpaces(segments);
    }

    /**
     * "tăng cường" replaced by "đẩy mạnh" reads as one change, not two changes around an unchanged
     * space: a space between two changes joins them.
     */
    private static List<Segment> joinAcrossSpaces(List<Segment> segments) {
        var joined = new ArrayList<Segment>();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            var segment = segments.get(i);
            var betweenChanges = segment.change() == Change.SAME && segment.text().isBlank()
                    && (deleted.length() + inserted.length() > 0) && i + 1 < segments.size();
            if (segment.change() == Change.DELETED || betweenChanges) {
                deleted.append(segment.text());
            }
            if (segment.change() == Change.INSERTED || betweenChanges) {
                inserted.append(segment.text());
            }
            if (segment.change() == Change.SAME && !betweenChanges) {
                flush(joined, deleted, inserted);
                joined.add(segment);
            }
        }
        flush(joined, deleted, inserted);
        return joined;
    }

    private static void flush(List<Segment> joined, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty()) {
            joined.add(new Segment(Change.DELETED, deleted.toString()));
        }
        if (!inserted.isEmpty()) {
            joined.add(new Segment(Change.INSERTED, inserted.toString()));
        }
        deleted.setLength(0);
        inserted.setLength(0);
    }

    private static List<String> tokens(String text, Language language) {
        var tokens = new ArrayList<String>();
        if (language == Language.ZH) {
            text.codePoints().forEach(c -> tokens.add(new String(Character.toChars(c))));
        } else {
            var matcher = WORDS_AND_SPACES.matcher(text);
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }

    /** Joins neighbouring tokens of the same kind into one segment. */
    private static void add(List<Segment> segments, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        var text = String.join("", tokens);
        if (!segments.isEmpty() && segments.getLast().change() == change) {
            text = segments.removeLast().text() + text;
        }
        segments.add(new Segment(change, text));
    }
}
