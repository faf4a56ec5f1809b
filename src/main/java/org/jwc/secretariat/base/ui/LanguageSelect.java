package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.select.Select;
import org.jwc.secretariat.i18n.Language;

/** Tiếng Việt / 中文 / English, each named in its own language so that anyone finds theirs. */
public class LanguageSelect extends Select<Language> {

    public LanguageSelect(Language current) {
        setItems(Language.values());
        setItemLabelGenerator(language -> getTranslation("language.native." + language.name()));
        setValue(current);
        setAriaLabel(getTranslation("language.choose"));
        // The bar has no room for a visible label: the name shows on hovering, and screen readers read it.
        setTooltipText(getTranslation("language.choose"));
        addClassName("language-select");
    }
}
