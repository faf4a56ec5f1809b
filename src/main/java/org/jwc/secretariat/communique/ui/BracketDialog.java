package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.communique.Alternative;
import org.jwc.secretariat.communique.BracketDraft;
import org.jwc.secretariat.communique.ParagraphText;
import org.jwc.secretariat.party.Party;

/**
 * A party's secretary puts a span of a paragraph in brackets: the span exactly as it stands in each
 * language, the party holding it (their own; the host's secretary may name any), why, and any
 * wordings offered instead, each as a pair.
 */
class BracketDialog extends FormDialog {

    private final Select<Long> holder = new Select<>();
    private final TextField spanVi = new TextField(getTranslation("communique.field.spanVi"));
    private final TextField spanZh = new TextField(getTranslation("communique.field.spanZh"));
    private final TextArea reason = new TextArea(getTranslation("communique.field.reason"));
    private final VerticalLayout alternatives = new VerticalLayout();
    private final List<TextField[]> offered = new ArrayList<>();

    BracketDialog(CommuniquePage page, ParagraphText paragraph) {
        setHeaderTitle(getTranslation("communique.action.bracket"));
        addClassName("bracket-dialog");
        holder.setLabel(getTranslation("communique.field.holder"));
        holder.setItems(page.isHost() ? page.takingPart().stream().map(Party::id).toList() : List.of(page.ownParty()));
        holder.setItemLabelGenerator(page::partyName);
        holder.setValue(page.ownParty());
        holder.addClassName("bracket-holder");
        spanVi.addClassName("bracket-span-vi");
        spanZh.addClassName("bracket-span-zh");
        reason.addClassName("bracket-reason");
        spanVi.setHelperText(getTranslation("communique.field.span.help"));
        spanZh.setHelperText(getTranslation("communique.field.span.help"));
        alternatives.setPadding(false);
        var addAlternative = new Button(getTranslation("communique.action.addAlternative"), e -> addAlternative());
        addAlternative.addClassName("add-alternative");
        addAlternative.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        var form = new FormLayout(holder, spanVi, spanZh, reason, alternatives, addAlternative);
        for (var wide : List.of(holder, reason, alternatives)) {
            form.setColspan(wide, 2);
        }
        add(form);
        setWidth("min(48rem, 95vw)");
        var errors = new FormErrors(Map.<String, HasValidation>of("holder", holder, "spanVi", spanVi, "spanZh", spanZh,
                "reason", reason));
        addSaveAndCancel(errors, () -> page.services().brackets().open(paragraph.id(), draft()), saved -> page.refresh());
    }

    private void addAlternative() {
        var number = String.valueOf(offered.size() + 1);
        var vi = new TextField(getTranslation("communique.field.alternativeVi", number));
        var zh = new TextField(getTranslation("communique.field.alternativeZh", number));
        vi.addClassName("alternative-vi");
        zh.addClassName("alternative-zh");
        offered.add(new TextField[] {vi, zh});
        var row = new HorizontalLayout(vi, zh);
        row.setWidthFull();
        alternatives.add(row);
    }

    private BracketDraft draft() {
        var chosen = offered.stream().filter(f -> !f[0].getValue().isBlank() || !f[1].getValue().isBlank())
                .map(f -> new Alternative(f[0].getValue(), f[1].getValue())).toList();
        return new BracketDraft(holder.getValue(), spanVi.getValue(), spanZh.getValue(), reason.getValue(), chosen);
    }
}
