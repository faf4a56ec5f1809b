package org.jwc.secretariat.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
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
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Translations() {
        for (var language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK));
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

    /**
     * The key's text in the locale's own language only, for a text some entries have and others not
     * (a time zone's name): empty where that language has none, without falling back to English.
     */
    public static Optional<String> exact(String key, Locale locale) {
        try {
            return Optional.ofNullable(lookup(ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK), key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String lookup(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
