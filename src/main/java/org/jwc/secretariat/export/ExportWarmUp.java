package org.jwc.secretariat.export;

import java.util.List;
import org.jwc.secretariat.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Exports a small document of each kind once the application is up, in the background: the first
 * export in a JVM loads POI's classes and reads the 10 MB font (seconds), later ones take tens of
 * milliseconds (docs/benchmarks.md). The first user to download minutes then waits as long as the next.
 */
@Component
@ConditionalOnProperty(name = "jwc.export.warm-up", havingValue = "true", matchIfMissing = true)
class ExportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ExportWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("export-warm-up").start(() -> {
            var started = System.nanoTime();
            for (var language : List.of(Language.VI, Language.ZH)) {
                var document = new ExportDocument(language, "Hội nghị 会议", List.of(new Block.Heading(1, "Thành phần 出席"),
                        new Block.Paragraph("Hai bên nhất trí. 双方同意。"), new Block.Table(List.of("A"), List.of(List.of("B")))));
                new DocxExport().toBytes(document);
                new PdfExport().toBytes(document);
            }
            log.info("Exports warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        });
    }
}
