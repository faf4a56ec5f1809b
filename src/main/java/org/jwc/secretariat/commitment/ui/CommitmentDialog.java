package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.commitment.CommitmentView;
import org.jwc.secretariat.i18n.Language;

/**
 * A commitment in full: its text in every language it has, where each responsible party stands,
 * and every progress report, newest first. A delegate or secretary of a responsible party records
 * progress from here; the dialog and the page behind it then show the new status.
 */
class CommitmentDialog extends Dialog {

    private final CommitmentContext context;
    private final Runnable onChange;
    private final Div body = new Div();
    private final Button record = new Button(getTranslation("commitment.action.record"), e -> recordProgress());
    private @Nullable CommitmentView shown;

    CommitmentDialog(CommitmentContext context, long commitmentId, Runnable onChange) {
        this.context = context;
        this.onChange = onChange;
        addClassName("commitment-details");
        getElement().setAttribute("data-commitment", String.valueOf(commitmentId));
        setWidth("min(60rem, 95vw)");
        record.addClassName("record-progress");
        record.addThemeVariants(ButtonVariant.PRIMARY);
        var close = new Button(getTranslation("action.close"), e -> close());
        close.addClassName("close-details");
        getFooter().add(close);
        add(body);
        draw(commitmentId);
        // Not offered at all to a reader the service would refuse; the responsible parties never change.
        if (context.mayReport(Objects.requireNonNull(shown))) {
            getFooter().add(record);
        }
    }

    private void draw(long commitmentId) {
        var view = context.commitments().get(commitmentId);
        var commitment = view.commitment();
        setHeaderTitle(getTranslation("commitment.details.title", context.meetingNumber(commitment.meetingId()),
                commitment.paragraphNumber()));
        body.removeAll();
        var area = new Span(context.areas().path(commitment.areaId(), context.language()));
        area.addClassName("commitment-area");
        body.add(area, texts(view), CommitmentCard.badges(context, view), notes(view));
        shown = view;
    }

    private void recordProgress() {
        var view = Objects.requireNonNull(shown);
        new ProgressDialog(context, view, () -> {
            draw(view.commitment().id());
            onChange.run();
        }).open();
    }

    /** Both official languages side by side, and English where there is one: texts of equal standing. */
    private Div texts(CommitmentView view) {
        var texts = new Div();
        texts.addClassName("commitment-texts");
        for (var language : List.of(Language.VI, Language.ZH, Language.EN)) {
            if (view.commitment().text().get(language) != null) {
                var column = new Div(new H3(getTranslation("language.native." + language.name())),
                        OfficialText.paragraph(view.commitment().text(), language, "commitment-text"));
                column.addClassName("commitment-text-column");
                texts.add(column);
            }
        }
        return texts;
    }

    private Div notes(CommitmentView view) {
        var notes = new Div(new H2(getTranslation("commitment.notes")));
        notes.addClassName("progress-notes");
        var all = context.commitments().notes(view.commitment().id());
        if (all.isEmpty()) {
            notes.add(new Span(getTranslation("commitment.notes.none")));
        }
        all.reversed().forEach(note -> notes.add(new NoteCard(context, note)));
        return notes;
    }
}
