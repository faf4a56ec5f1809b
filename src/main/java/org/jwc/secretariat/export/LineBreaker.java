package org.jwc.secretariat.export;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wraps a text into lines of a given width for the PDF, which, unlike Word, lays out nothing by
 * itself. The break opportunities are the JDK's line rules: after spaces in Vietnamese, between
 * ideographs in Chinese (but not before a closing mark such as 。or ，), except inside a number,
 * date or time ("2026-12-02", "21:34", "1.500"), which the JDK would break after its hyphen or colon.
 * A word wider than the line (a long number, an address) is cut where it must be.
 */
final class LineBreaker {

    /** The width of a text as it is drawn, in points. */
    interface Measure {
        float width(String text);
    }

    private final Locale locale;
    private final Measure measure;

    LineBreaker(Locale locale, Measure measure) {
        this.locale = locale;
        this.measure = measure;
    }

    /** The lines of a text, its own line breaks kept; spaces at the end of a wrapped line dropped. */
    List<String> lines(String text, float maxWidth) {
        var lines = new ArrayList<String>();
        for (var hardLine : text.split("\n", -1)) {
            wrap(hardLine, maxWidth, lines);
        }
        return lines;
    }

    /** The width of the widest part of a text a line cannot break. */
    float widestUnbreakable(String text) {
        float widest = 0;
        for (var segment : segments(text)) {
            widest = Math.max(widest, measure.width(segment.strip()));
        }
        return widest;
    }

    /** The parts of a text between the places a line may break, each with the spaces after it. */
    private List<String> segments(String text) {
        var breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        var segments = new ArrayList<String>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end == text.length() || !withinNumber(text, end)) {
                segments.add(text.substring(start, end));
                start = end;
            }
        }
        return segments;
    }

    /** A break after the separator of a number, date or time: a digit, the separator, then a digit. */
    private static boolean withinNumber(String text, int at) {
        return at >= 2 && at < text.length() && "-:./,".indexOf(text.charAt(at - 1)) >= 0
                && Character.isDigit(text.charAt(at - 2)) && Character.isDigit(text.charAt(at));
    }

    private void wrap(String text, float maxWidth, List<String> into) {
        var line = new StringBuilder();
        float lineWidth = 0;
        for (var segment : segments(text)) {
            // Trailing spaces may hang past the margin; only what is visible must fit.
            var visible = measure.width(segment.stripTrailing());
            if (lineWidth + visible > maxWidth && !line.isEmpty()) {
                into.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            if (visible > maxWidth) {
                lineWidth = cut(segment, maxWidth, line, into);
            } else {
                line.append(segment);
                lineWidth += measure.width(segment);
            }
        }
        into.add(line.toString().stripTrailing());
    }

    /** Cuts a segment wider than a line between characters; returns the width of what is left on the line. */
    private float cut(String segment, float maxWidth, StringBuilder line, List<String> into) {
        float width = 0;
        for (int i = 0; i < segment.length(); ) {
            int next = i + Character.charCount(segment.codePointAt(i));
            var character = segment.substring(i, next);
            var w = measure.width(character);
            if (width + w > maxWidth && !line.isEmpty()) {
                into.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(character);
            width += w;
            i = next;
        }
        return width;
    }
}
