package org.jwc.secretariat.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three languages stay complete and in step with the code: no key missing in a language, no
 * key that no code uses, no user-facing text written into a view instead of the bundles.
 */
class TranslationBundlesTest {

    static final Map<Language, String> FILES = Map.of(
            Language.VI, "translations_vi.properties",
            Language.ZH, "translations_zh_CN.properties",
            Language.EN, "translations_en.properties");
    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z_]+)*\\.?)\"");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** Component constructors and setters that put text in front of users. */
    static final Pattern HARD_CODED_UI_TEXT = Pattern.compile(
            "new (Button|Span|H[1-6]|Paragraph|Div|NativeLabel|Anchor|TextField|TextArea|PasswordField|IntegerField"
                    + "|Checkbox|CheckboxGroup|ComboBox|Select|DatePicker|DateTimePicker|Tab|SideNavItem|Notification)"
                    + "(<[^>]*>)?\\(\\s*\""
                    + "|\\.(setLabel|setText|setHeaderTitle|setHeader|setPlaceholder|setHelperText|setTitle"
                    + "|setErrorMessage|setConfirmText|setCancelText|setAriaLabel|setTooltipText|addItem)\\(\\s*\"");

    @Test
    void everyKeyExistsInAllThreeLanguagesWithTheSamePlaceholders() {
        var english = load(Language.EN);
        for (var language : List.of(Language.VI, Language.ZH)) {
            var bundle = load(language);
            assertThat(bundle.stringPropertyNames()).as("keys of %s", language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (var key : english.stringPropertyNames()) {
                assertThat(placeholders(bundle.getProperty(key))).as("placeholders of %s in %s", key, language)
                        .isEqualTo(placeholders(english.getProperty(key)));
                assertThat(bundle.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        var literals = new TreeSet<String>();
        for (var file : javaFiles()) {
            var matcher = LITERAL.matcher(Files.readString(file));
            while (matcher.find()) {
                literals.add(matcher.group(1));
            }
        }
        var prefixes = literals.stream().filter(l -> l.endsWith(".")).toList();
        var unused = load(Language.EN).stringPropertyNames().stream()
                .filter(key -> !literals.contains(key) && prefixes.stream().noneMatch(key::startsWith))
                .sorted()
                .toList();
        assertThat(unused).as("keys that no code uses").isEmpty();
    }

    @Test
    void viewsPassNoHardCodedTextToComponents() throws IOException {
        var findings = new ArrayList<String>();
        for (var file : javaFiles()) {
            if (!file.toString().contains("/ui/") && !file.getFileName().toString().equals("MainLayout.java")) {
                continue;
            }
            var lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (HARD_CODED_UI_TEXT.matcher(lines.get(i)).find()) {
                    findings.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(findings).as("text for users must come from the translation bundles").isEmpty();
    }

    @Test
    void theHardCodedTextCheckRecognisesLiteralsAndLetsTranslationsPass() {
        assertThat(HARD_CODED_UI_TEXT.matcher("add(new Button(\"Save\"));").find()).isTrue();
        assertThat(HARD_CODED_UI_TEXT.matcher("field.setLabel( \"Name\");").find()).isTrue();
        assertThat(HARD_CODED_UI_TEXT.matcher("new ComboBox<Party>(\"Host\")").find()).isTrue();
        assertThat(HARD_CODED_UI_TEXT.matcher("new Button(getTranslation(\"action.save\"))").find()).isFalse();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> placeholders(String text) {
        var matcher = PLACEHOLDER.matcher(text);
        var found = new TreeSet<String>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static Properties load(Language language) {
        var properties = new Properties();
        var resource = Translations.BUNDLE.substring(0, Translations.BUNDLE.lastIndexOf('/') + 1) + FILES.get(language);
        try (var in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

}
