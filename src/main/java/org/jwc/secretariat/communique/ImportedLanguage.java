package org.jwc.secretariat.communique;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The other official language of an imported communiqué as its own paper text reads, shaped like the
 * saved text: its title lines, then one part per saved section in order (the preamble, each numbered
 * section, the closing).
 */
public record ImportedLanguage(String title, List<Part> parts) {

    public ImportedLanguage {
        parts = List.copyOf(parts);
    }

    /**
     * @param heading a numbered section's heading; null for the preamble and the closing
     * @param paragraphs its paragraphs' texts, in order
     * @param label how a refusal names the part ("3. Về …", or a message key)
     */
    public record Part(@Nullable String heading, List<String> paragraphs, Object label) {

        public Part {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
