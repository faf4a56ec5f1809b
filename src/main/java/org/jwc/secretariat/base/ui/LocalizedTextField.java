package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/** One text in Vietnamese, Chinese and English, one under the other; single- or multi-line. */
public class LocalizedTextField extends CustomField<LocalizedText> {

    private final List<TextFieldBase<?, String>> fields;

    public LocalizedTextField(String label) {
        this(label, false);
    }

    public LocalizedTextField(String label, boolean multiLine) {
        setLabel(label);
        fields = java.util.Arrays.stream(Language.values())
                .<TextFieldBase<?, String>>map(language -> {
                    TextFieldBase<?, String> field = multiLine ? new TextArea() : new TextField();
                    field.setLabel(getTranslation("language.native." + language.name()));
                    field.setWidthFull();
                    field.setValueChangeMode(ValueChangeMode.ON_BLUR);
                    field.setRequiredIndicatorVisible(language != Language.EN);
                    // The field's value follows its parts on the server too, not only on the client's change event.
                    field.addValueChangeListener(e -> updateValue());
                    return field;
                })
                .toList();
        var layout = new VerticalLayout();
        fields.forEach(layout::add);
        layout.setPadding(false);
        layout.setSpacing(false);
        add(layout);
        setWidthFull();
    }

    /**
     * A refusal shows at the languages it concerns: an official language left empty gets the message
     * under its own box (not under the optional English one at the bottom); any other refusal, such as
     * a text too long, stays under the whole field.
     */
    @Override
    public void setInvalid(boolean invalid) {
        if (fields == null) {
            // Called by the superclass's constructor, before the boxes exist.
            super.setInvalid(invalid);
            return;
        }
        var empty = invalid ? emptyOfficialLanguages() : List.<TextFieldBase<?, String>>of();
        for (var field : fields) {
            field.setInvalid(empty.contains(field));
            field.setErrorMessage(empty.contains(field) ? getErrorMessage() : null);
        }
        super.setInvalid(invalid && empty.isEmpty());
    }

    private List<TextFieldBase<?, String>> emptyOfficialLanguages() {
        return java.util.stream.Stream.of(Language.VI, Language.ZH).<TextFieldBase<?, String>>map(l -> fields.get(l.ordinal()))
                .filter(f -> LocalizedText.trimToNull(f.getValue()) == null).toList();
    }

    @Override
    protected LocalizedText generateModelValue() {
        return new LocalizedText(fields.get(0).getValue(), fields.get(1).getValue(), fields.get(2).getValue());
    }

    @Override
    protected void setPresentationValue(LocalizedText text) {
        var value = text == null ? LocalizedText.EMPTY : text;
        for (var language : Language.values()) {
            var part = value.get(language);
            fields.get(language.ordinal()).setValue(part == null ? "" : part);
        }
    }
}
