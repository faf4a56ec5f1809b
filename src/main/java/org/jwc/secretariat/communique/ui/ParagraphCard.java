package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.jwc.secretariat.base.ui.Buttons;
import org.jwc.secretariat.base.ui.ConfirmStep;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.HistoryDialog;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.comment.ui.CommentsPanel;
import org.jwc.secretariat.communique.Paragraph;
import org.jwc.secretariat.communique.ParagraphEdit;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.communique.ParagraphRevision;
import org.jwc.secretariat.communique.ParagraphText;
import org.jwc.secretariat.communique.SectionText;

/**
 * One paragraph of the communiqué under its shared number: what kind it is and whom it names, its
 * Vietnamese and Chinese side by side with the open brackets in place, what awaits confirmation or
 * looks lost in translation, the proposals it came from, and what the reader may do with it.
 */
class ParagraphCard extends Div {

    private final CommuniquePage page;
    private final SectionText section;
    private final ParagraphText paragraph;
    private final int number;

    ParagraphCard(CommuniquePage page, SectionText section, ParagraphText paragraph, int number, int index) {
        this.page = page;
        this.section = section;
        this.paragraph = paragraph;
        this.number = number;
        addClassName("paragraph-card");
        getElement().setAttribute("data-number", String.valueOf(number));
        getElement().setAttribute("data-id", String.valueOf(paragraph.id()));
        add(header());
        add(BracketedText.pair(paragraph, page::partyCode, page.notImportedNote()));
        page.warnings().getOrDefault(paragraph.id(), List.of()).forEach(w -> {
            var warning = new Span(getTranslation("communique.termWarning", w.term().in(UiLanguage.current()),
                    getTranslation("language.native." + w.missingIn().name())));
            warning.addClassName("term-warning");
            warning.getElement().setAttribute("data-missing", w.missingIn().name());
            add(warning);
        });
        if (!paragraph.sourceProposalIds().isEmpty()) {
            add(sources());
        }
        var brackets = page.brackets().getOrDefault(paragraph.id(), List.of());
        if (!brackets.isEmpty()) {
            add(new BracketList(page, brackets));
        }
        add(actions(index));
    }

    private HorizontalLayout header() {
        var header = new HorizontalLayout();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        var shown = new Span(getTranslation("communique.paragraph.number", String.valueOf(number)));
        shown.addClassName("paragraph-number");
        var kind = new Span(kind(paragraph.kind(), paragraph.partyIds()));
        kind.addClassName("paragraph-kind");
        kind.getElement().setAttribute("data-kind", paragraph.kind().name());
        header.add(shown, kind);
        if (paragraph.pending() != null && !page.communique().imported()) {
            var pending = new Span(getTranslation("communique.pending", getTranslation("language.native." + paragraph.pending().name())));
            pending.addClassName("translation-pending");
            pending.getElement().setAttribute("data-language", paragraph.pending().name());
            header.add(pending);
        }
        return header;
    }

    private String kind(ParagraphKind kind, List<Long> partyIds) {
        var label = getTranslation("communique.kind." + kind.name());
        return partyIds.isEmpty() ? label : getTranslation("communique.kind.parties", label,
                partyIds.stream().map(page::partyName).collect(Collectors.joining(", ")));
    }

    /** The agreed proposals the paragraph came from, each a link to its page. */
    private HorizontalLayout sources() {
        var sources = new HorizontalLayout();
        sources.addClassName("paragraph-sources");
        for (var id : paragraph.sourceProposalIds()) {
            // By address, not by class: the proposals feature does not depend on the communiqué, nor this on its views.
            var href = "proposals/" + id;
            var link = new Anchor(href, getTranslation("communique.source", String.valueOf(id)));
            link.addClassName("source-proposal");
            link.getElement().setAttribute("data-proposal", String.valueOf(id));
            sources.add(link);
        }
        return sources;
    }

    private HorizontalLayout actions(int index) {
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        var record = page.record(paragraph.id());
        if (record != null && page.hostEdits()) {
            var editing = page.services().editing();
            actions.add(button("communique.action.edit", "edit-paragraph",
                    () -> new ParagraphDialog(page, section.id(), record).open()));
            if (index > 0) {
                actions.add(button("communique.action.moveUp", "move-up",
                        () -> page.act(() -> editing.move(record.id(), record.getVersion(), section.id(), index - 1))));
            }
            if (index < section.paragraphs().size() - 1) {
                actions.add(button("communique.action.moveDown", "move-down",
                        () -> page.act(() -> editing.move(record.id(), record.getVersion(), section.id(), index + 1))));
            }
            actions.add(button("communique.action.move", "move-paragraph", () -> new MoveDialog(page, record).open()));
            actions.add(button("communique.action.delete", "delete-paragraph", () -> confirmDelete(record)));
        }
        if (record != null && page.mayConfirm(record)) {
            actions.add(button("communique.action.confirmTranslation", "confirm-translation",
                    () -> page.act(() -> page.services().editing().confirmTranslation(record.id(), record.getVersion()))));
        }
        if (page.mayBracket()) {
            actions.add(button("communique.action.bracket", "bracket-paragraph", () -> new BracketDialog(page, paragraph).open()));
        }
        actions.add(button("communique.action.history", "paragraph-history", this::history));
        actions.add(button("comment.action.open", "comments-button", () -> new CommentsPanel(
                page.services().comments(), page.services().live(),
                new CommentsPanel.Reader(page.user(), page.parties(), page.zone(), page.meeting().hostPartyId()),
                new CommentsPanel.Target(Paragraph.KIND, paragraph.id(), page.meeting().id()))
                .openInDialog(getTranslation("communique.paragraph.number", String.valueOf(number)))));
        return actions;
    }

    private void confirmDelete(Paragraph record) {
        ConfirmStep.ask("delete-paragraph-dialog", getTranslation("communique.action.delete"),
                getTranslation("communique.delete.confirm", String.valueOf(number)), getTranslation("communique.action.delete"), true,
                () -> page.act(() -> page.services().editing().delete(record.id(), record.getVersion())));
    }

    /** Every saved state of the pair compared; the host may bring an older one back (text, kind, parties) as a new edit. */
    private void history() {
        ErrorHandling.attempt(this, () -> {
            var revisions = page.services().communiques().history(paragraph.id());
            var dialog = new HistoryDialog<>(revisions, ParagraphRevision::revision, List.of(
                    new HistoryDialog.Field<ParagraphRevision>("communique.field.text", r -> r.state().text())), page.zone());
            dialog.withSummary(r -> getTranslation("communique.kind." + r.state().kind().name()));
            var record = page.record(paragraph.id());
            if (record != null && page.hostEdits()) {
                dialog.withRestore(r -> page.act(() -> page.services().editing().edit(record.id(), record.getVersion(),
                        new ParagraphEdit(r.state().kind(), List.copyOf(r.state().partyIds()), r.state().text()))));
            }
            dialog.open();
        });
    }

    private Button button(String key, String className, Runnable action) {
        return Buttons.small(getTranslation(key), className, action);
    }
}
