package org.jwc.secretariat.communique;

import java.util.List;
import org.springframework.stereotype.Component;

/** Saves sections and their paragraphs in their order: a generated draft and an imported past text alike. */
@Component
class SectionWriter {

    private final CommuniqueSections sections;
    private final Paragraphs paragraphs;

    SectionWriter(CommuniqueSections sections, Paragraphs paragraphs) {
        this.sections = sections;
        this.paragraphs = paragraphs;
    }

    void write(Communique communique, List<SectionDraft> drafted) {
        for (int s = 0; s < drafted.size(); s++) {
            var section = sections.save(new CommuniqueSection(communique.id(), s, drafted.get(s)));
            var texts = drafted.get(s).paragraphs();
            for (int p = 0; p < texts.size(); p++) {
                paragraphs.save(new Paragraph(communique.id(), section.id(), p, texts.get(p)));
            }
        }
    }
}
