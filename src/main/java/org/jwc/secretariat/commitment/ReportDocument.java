package org.jwc.secretariat.commitment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.export.Block;
import org.jwc.secretariat.export.ExportDocument;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.i18n.Numerals;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.Successions;

/**
 * The implementation report as a document in one language: the committee, the date of the figures,
 * the counts by party, then a section per area in the tree's order (its ancestors as headings) with
 * a table of its commitments: each responsible party's status and its latest note.
 */
final class ReportDocument {

    private final Translations translations;
    private final Language language;
    private final AreaTree areas;
    private final List<Party> inOrder;
    private final Map<Long, Party> parties;
    private final Successions successions;
    private final DateTimeFormatter dates;

    /** The parties in the committee's order (Vietnamese side first, in hosting order), as the summary lists them. */
    ReportDocument(Translations translations, Language language, AreaTree areas, List<Party> parties, Successions successions) {
        this.successions = successions;
        this.translations = translations;
        this.language = language;
        this.areas = areas;
        this.inOrder = List.copyOf(parties);
        this.parties = parties.stream().collect(Collectors.toMap(Party::id, Function.identity()));
        this.dates = DateTimeFormatter.ofPattern(t("commitment.report.datePattern"), language.locale());
    }

    ExportDocument of(Meeting meeting, LocalizedText committee, List<CommitmentView> commitments, LatestNotes latest,
            LocalDate asOf) {
        var blocks = new ArrayList<Block>();
        // The committee's name is data: the same software may serve another committee.
        var heading = committee.in(language);
        blocks.add(Block.Paragraph.centered(heading.isEmpty() ? t("commitment.report.asOf", dates.format(asOf))
                : heading + "\n" + t("commitment.report.asOf", dates.format(asOf))));
        if (commitments.isEmpty()) {
            blocks.add(new Block.Paragraph(t("commitment.report.none")));
        } else {
            blocks.add(new Block.Heading(1, t("commitment.report.summary")));
            blocks.add(summary(commitments));
            blocks.add(new Block.Heading(1, t("commitment.report.byArea")));
            sections(commitments, latest, blocks);
        }
        return new ExportDocument(language, t("commitment.report.title", Numerals.meeting(meeting.number(), language)), blocks);
    }

    /** Each party's commitments counted by its own status on them. */
    private Block.Table summary(List<CommitmentView> commitments) {
        var counts = CommitmentSummary.of(commitments).byParty();
        var header = new ArrayList<String>(List.of(t("commitment.field.party")));
        for (var status : CommitmentStatus.values()) {
            header.add(status(status));
        }
        header.add(t("commitment.summary.total"));
        var rows = new ArrayList<List<String>>();
        for (var party : inOrder) {
            var of = counts.get(party.id());
            if (of == null) {
                continue;
            }
            var row = new ArrayList<String>(List.of(party.name(language)));
            for (var status : CommitmentStatus.values()) {
                row.add(String.valueOf(of.of(status)));
            }
            row.add(String.valueOf(of.total()));
            rows.add(row);
        }
        return new Block.Table(header, rows);
    }

    /** The areas with commitments, each under the headings of its ancestors; those of no area last. */
    private void sections(List<CommitmentView> commitments, LatestNotes latest, List<Block> blocks) {
        var headed = new HashSet<Long>();
        for (var areaId : areas.ids()) {
            var here = commitments.stream().filter(v -> Objects.equals(v.commitment().areaId(), areaId)).toList();
            if (here.isEmpty()) {
                continue;
            }
            for (var id : areas.lineage(areaId)) {
                if (headed.add(id)) {
                    blocks.add(new Block.Heading(Math.min(2 + areas.depth(id), 3), areas.name(id, language)));
                }
            }
            blocks.add(table(here, latest));
        }
        var known = new HashSet<>(areas.ids());
        var elsewhere = commitments.stream().filter(v -> v.commitment().areaId() == null || !known.contains(v.commitment().areaId())).toList();
        if (!elsewhere.isEmpty()) {
            blocks.add(new Block.Heading(2, t("commitment.area.none")));
            blocks.add(table(elsewhere, latest));
        }
    }

    /** A row per responsible party; the paragraph's number and text on its first row only. */
    private Block.Table table(List<CommitmentView> commitments, LatestNotes latest) {
        var rows = new ArrayList<List<String>>();
        for (var view : commitments) {
            var commitment = view.commitment();
            var first = true;
            for (var party : view.parties()) {
                rows.add(List.of(first ? "¶" + commitment.paragraphNumber() : "", first ? commitment.text().in(language) : "",
                        successions.name(party.partyId(), p -> p.name(language), (acting, former) -> t("party.formerly", acting, former)),
                        status(party.status()),
                        note(latest.of(commitment.id(), party.partyId()))));
                first = false;
            }
        }
        return new Block.Table(List.of("¶", t("commitment.field.text"), t("commitment.field.party"),
                t("commitment.field.status"), t("commitment.field.latestNote")), rows);
    }

    private String note(@Nullable ProgressNote note) {
        return note == null ? "" : dates.format(note.notedOn()) + "\n" + note.text().in(language);
    }

    private String status(CommitmentStatus status) {
        return t("commitment.status." + status.name());
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, language.locale(), args);
    }
}
