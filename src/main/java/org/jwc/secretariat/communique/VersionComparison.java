package org.jwc.secretariat.communique;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two versions aligned paragraph by paragraph (a paragraph keeps its identity through edits and
 * moves), in the newer version's order; a deleted paragraph shows after the one it followed.
 */
public final class VersionComparison {

    private VersionComparison() {
    }

    public static List<AlignedParagraph> align(CommuniqueText older, CommuniqueText newer) {
        var before = older.paragraphs();
        var after = newer.paragraphs();
        Map<Long, Integer> beforeNumbers = numbers(before);
        Map<Long, Integer> afterNumbers = numbers(after);
        var aligned = new ArrayList<AlignedParagraph>();
        var deletedAfter = new HashMap<Long, List<AlignedParagraph>>();
        long previousKept = 0;
        for (var paragraph : before) {
            if (afterNumbers.containsKey(paragraph.id())) {
                previousKept = paragraph.id();
            } else {
                deletedAfter.computeIfAbsent(previousKept, k -> new ArrayList<>())
                        .add(new AlignedParagraph(paragraph, beforeNumbers.get(paragraph.id()), null, 0));
            }
        }
        aligned.addAll(deletedAfter.getOrDefault(0L, List.of()));
        for (var paragraph : after) {
            var old = beforeNumbers.get(paragraph.id());
            aligned.add(new AlignedParagraph(old == null ? null : before.get(old - 1), old == null ? 0 : old, paragraph,
                    afterNumbers.get(paragraph.id())));
            aligned.addAll(deletedAfter.getOrDefault(paragraph.id(), List.of()));
        }
        return aligned;
    }

    private static Map<Long, Integer> numbers(List<ParagraphText> paragraphs) {
        var numbers = new HashMap<Long, Integer>();
        for (int i = 0; i < paragraphs.size(); i++) {
            numbers.put(paragraphs.get(i).id(), i + 1);
        }
        return numbers;
    }
}
