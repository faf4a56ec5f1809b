package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jwc.secretariat.base.TextDiff;

/**
 * One side of a side-by-side comparison: the older text with its deletions marked, or the newer
 * one with its insertions marked. Texts are set as text, never as HTML.
 */
public class DiffText extends Div {

    public DiffText(List<TextDiff.Segment> segments, boolean newer) {
        this(segments, segment -> switch (segment.change()) {
            case SAME -> true;
            case DELETED -> !newer;
            case INSERTED -> newer;
        });
    }

    /** One text with both the deletions and the insertions marked, e.g. an amendment against the original. */
    public static DiffText combined(List<TextDiff.Segment> segments) {
        return new DiffText(segments, segment -> true);
    }

    private DiffText(List<TextDiff.Segment> segments, java.util.function.Predicate<TextDiff.Segment> shown) {
        addClassName("diff-text");
        for (var segment : segments) {
            if (shown.test(segment)) {
                var span = new Span();
                span.setText(segment.text());
                if (segment.change() != TextDiff.Change.SAME) {
                    span.addClassName(segment.change() == TextDiff.Change.DELETED ? "diff-deleted" : "diff-inserted");
                }
                add(span);
            }
        }
    }
}
