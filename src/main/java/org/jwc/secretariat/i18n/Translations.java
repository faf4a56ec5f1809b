package org.jwc.secretariat.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The user interface's texts in Vietnamese, Simplified Chinese and English, from
 * {@code vaadin-i18n/translations_*.properties}. A key missing in the reader's language falls back
 * to English, then shows as the key itself, so a gap is visible rather than blank.
 */
@Component
public class Translations implements I18NProvider {

    public static final String BUNDLE = "vaadin-i18n/translations";

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Translations() {
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (var language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(), control));
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        var language = Language.of(locale == null ? Locale.ENGLISH : locale);
        var pattern = lookup(bundles.get(language), key);
        if (pattern == null) {
            pattern = lookup(bundles.get(Language.EN), key);
        }
        if (pattern == null) {
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
    }

    private static @Nullable String lookup(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
