package org.jwc.secretariat.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jwc.secretariat.communique.past.PastCommuniqueImport;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.MeetingService;

/**
 * The 14th meeting's communiqué, imported from its public Vietnamese text through the importer a
 * host would use, so that a newcomer finds real content and real commitments on first start. Every
 * section of it maps to a demo area: were one unsure, saving would refuse and the start would fail,
 * which DemoDataTest catches first.
 */
final class DemoCommunique {

    static final String TEXT = "communique-14th-2023.vi.txt";

    private DemoCommunique() {
    }

    static void importFourteenth(PastCommuniqueImport imports, MeetingService meetings) {
        var meeting = meetings.findByNumber(14).orElseThrow();
        var parsed = imports.preview(meeting.id(), text(), Language.VI);
        imports.save(meeting.id(), parsed, Language.VI);
    }

    static String text() {
        try (var in = Objects.requireNonNull(DemoCommunique.class.getResourceAsStream(TEXT), TEXT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
