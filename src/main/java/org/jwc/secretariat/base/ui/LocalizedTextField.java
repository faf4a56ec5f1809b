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
     * A refusal for a text left out shows at the official languages left empty, under their own boxes,
     * not under the optional English one at the bottom; where both are filled, under the whole field.
     */
    public void showMissing(String message) {
        var empty = emptyOfficialLanguages();
        if (empty.isEmpty()) {
            setErrorMessage(message);
            setInvalid(true);
            return;
        }
        for (var field : empty) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    /** Clears every mark, the boxes' too. */
    @Override
    public void setInvalid(boolean invalid) {
        if (!invalid && fields != null) {
            fields.forEach(f -> f.setInvalid(false));
        }
        super.setInvalid(invalid);
    }

    /** A field whose every language is optional, such as a short name, shows no required marks. */
    public LocalizedTextField optional() {
        fields.forEach(f -> f.setRequiredIndicatorVisible(false));
        return this;
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
