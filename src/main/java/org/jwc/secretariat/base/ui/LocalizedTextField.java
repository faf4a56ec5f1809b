package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import org.jwc.secretariat.i18n.LocalizedText;

/** One text in Vietnamese, Chinese and English, side by side. */
public class LocalizedTextField extends CustomField<LocalizedText> {

    private final TextField vi = new TextField();
    private final TextField zh = new TextField();
    private final TextField en = new TextField();

    public LocalizedTextField(String label) {
        setLabel(label);
        vi.setLabel(getTranslation("language.native.VI"));
        zh.setLabel(getTranslation("language.native.ZH"));
        en.setLabel(getTranslation("language.native.EN"));
        for (var field : new TextField[] {vi, zh, en}) {
            field.setWidthFull();
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        }
        vi.setRequiredIndicatorVisible(true);
        zh.setRequiredIndicatorVisible(true);
        var layout = new com.vaadin.flow.component.orderedlayout.VerticalLayout(vi, zh, en);
        layout.setPadding(false);
        layout.setSpacing(false);
        add(layout);
        setWidthFull();
    }

    @Override
    protected LocalizedText generateModelValue() {
        return new LocalizedText(vi.getValue(), zh.getValue(), en.getValue());
    }

    @Override
    protected void setPresentationValue(LocalizedText text) {
        var value = text == null ? LocalizedText.EMPTY : text;
        vi.setValue(value.vi() == null ? "" : value.vi());
        zh.setValue(value.zh() == null ? "" : value.zh());
        en.setValue(value.en() == null ? "" : value.en());
    }
}
