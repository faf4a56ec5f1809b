package org.jwc.secretariat.communique;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.communique.DraftingFacts.Agreed;
import org.jwc.secretariat.communique.DraftingFacts.AreaNode;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.i18n.Numerals;

/**
 * Generates a communiqué's first draft, as the 14th communiqué is built: a preamble (date, meeting,
 * format and venue or bridges, host and co-chair, who attended, the lead-in), one section per area
 * that has agreed paragraphs (and its broader areas), in the tree's order, each with its common
 * paragraphs, then side ones, then bilateral ones naming their parties; and the closing on the next
 * meeting. The same facts always give the same draft.
 */
final class CommuniqueDrafter {

    /** The user-interface texts: Translations in the application, and in tests. */
    interface Phrases {
        String get(String key, Language language, Object... args);
    }

    private static final List<Language> LANGUAGES = List.of(Language.VI, Language.ZH, Language.EN);

    private final Phrases phrases;

    CommuniqueDrafter(Phrases phrases) {
        this.phrases = phrases;
    }

    List<SectionDraft> draft(DraftingFacts facts) {
        var sections = new ArrayList<SectionDraft>();
        sections.add(new SectionDraft(SectionKind.PREAMBLE, null, 0, LocalizedText.EMPTY, preamble(facts)));
        var byArea = facts.agreed().stream().collect(Collectors.groupingBy(Agreed::areaId));
        var children = facts.areas().stream()
                .sorted(Comparator.comparingInt(AreaNode::position).thenComparingLong(AreaNode::id))
                .collect(Collectors.groupingBy(a -> Objects.requireNonNullElse(a.parentId(), 0L)));
        addAreas(facts, children, byArea, 0L, 1, sections);
        sections.add(new SectionDraft(SectionKind.CLOSING, null, 0, LocalizedText.EMPTY, closing(facts)));
        return sections;
    }

    private void addAreas(DraftingFacts facts, Map<Long, List<AreaNode>> children, Map<Long, List<Agreed>> byArea,
            long parentId, int level, List<SectionDraft> sections) {
        for (var area : children.getOrDefault(parentId, List.of())) {
            if (!hasAgreed(area.id(), children, byArea)) {
                continue;
            }
            // Deeper areas than the second are folded into their level-2 ancestor's section.
            var own = level < 2 ? byArea.getOrDefault(area.id(), List.of()) : descendantsAgreed(area.id(), children, byArea);
            sections.add(new SectionDraft(SectionKind.AREA, area.id(), level, heading(area.name()), paragraphs(facts, own)));
            if (level < 2) {
                addAreas(facts, children, byArea, area.id(), level + 1, sections);
            }
        }
    }

    private static boolean hasAgreed(long areaId, Map<Long, List<AreaNode>> children, Map<Long, List<Agreed>> byArea) {
        return !descendantsAgreed(areaId, children, byArea).isEmpty();
    }

    private static List<Agreed> descendantsAgreed(long areaId, Map<Long, List<AreaNode>> children,
            Map<Long, List<Agreed>> byArea) {
        return Stream.concat(byArea.getOrDefault(areaId, List.of()).stream(),
                children.getOrDefault(areaId, List.of()).stream()
                        .flatMap(c -> descendantsAgreed(c.id(), children, byArea).stream())).toList();
    }

    /** Common paragraphs first, then side ones, then bilateral ones in the order of the parties they name. */
    private List<ParagraphDraft> paragraphs(DraftingFacts facts, List<Agreed> agreed) {
        var order = facts.parties().stream().map(DraftingFacts.Named::id).toList();
        Function<Agreed, Integer> firstParty = a -> named(a).stream().mapToInt(order::indexOf)
                .filter(i -> i >= 0).min().orElse(order.size());
        return agreed.stream()
                .sorted(Comparator.comparing(Agreed::kind)
                        .thenComparing(a -> a.kind() == ParagraphKind.BILATERAL ? firstParty.apply(a) : 0)
                        .thenComparingLong(Agreed::proposalId))
                .map(a -> new ParagraphDraft(a.kind(), a.kind() == ParagraphKind.COMMON ? List.of() : named(a),
                        a.ownerPartyId(), a.kind() == ParagraphKind.BILATERAL ? namingItsParties(facts, a) : a.text(),
                        List.of(a.proposalId())))
                .toList();
    }

    private static List<Long> named(Agreed a) {
        return Stream.concat(Stream.of(a.ownerPartyId()), a.counterparts().stream().sorted()).distinct().toList();
    }

    /** A bilateral text that does not name all its parties in a language gets them named at its start. */
    private LocalizedText namingItsParties(DraftingFacts facts, Agreed a) {
        var parties = facts.parties().stream().filter(p -> named(a).contains(p.id())).toList();
        return text(l -> {
            var text = a.text().get(l);
            if (text == null || parties.stream().allMatch(p -> p.namedIn(text, l))) {
                return text;
            }
            return phrases.get("communique.bilateral.lead", l, list(parties.stream().map(p -> p.name().in(l)).toList(), l), text);
        });
    }

    private List<ParagraphDraft> preamble(DraftingFacts facts) {
        var paragraphs = new ArrayList<ParagraphDraft>();
        var names = facts.parties().stream().collect(Collectors.toMap(DraftingFacts.Named::id, DraftingFacts.Named::name));
        paragraphs.add(ParagraphDraft.common(text(l -> phrases.get("communique.sentences", l,
                phrases.get("communique.preamble." + facts.format().name(), l, date(facts.date(), l),
                        Numerals.meeting(facts.meetingNumber(), l), facts.committee().in(l), facts.venue().in(l),
                        facts.bridges().in(l)),
                phrases.get("communique.preamble.chairs", l, nameOf(names, facts.hostPartyId(), l),
                        nameOf(names, facts.coChairPartyId(), l))))));
        if (!facts.heads().isEmpty()) {
            paragraphs.add(ParagraphDraft.common(text(l -> phrases.get("communique.attendance.delegations", l,
                    list(facts.heads().stream().map(h -> phrases.get("communique.attendance.delegation", l,
                            names.get(h.partyId()).in(l), h.name().in(l), h.title().in(l))).toList(), l)))));
        }
        if (!facts.observers().isEmpty()) {
            paragraphs.add(ParagraphDraft.common(text(l -> phrases.get("communique.attendance.observers", l,
                    list(facts.observers().stream().map(o -> o.in(l)).toList(), l)))));
        }
        paragraphs.add(ParagraphDraft.common(text(l -> phrases.get("communique.preamble.leadIn", l))));
        return paragraphs;
    }

    private List<ParagraphDraft> closing(DraftingFacts facts) {
        var next = facts.next();
        if (next == null) {
            return List.of();
        }
        var names = facts.parties().stream().collect(Collectors.toMap(DraftingFacts.Named::id, DraftingFacts.Named::name));
        var key = next.date() == null ? "communique.closing.rotation" : "communique.closing.planned";
        return List.of(ParagraphDraft.common(text(l -> phrases.get(key, l, Numerals.meeting(next.number(), l), facts.committee().in(l),
                nameOf(names, next.hostPartyId(), l), nameOf(names, next.coChairPartyId(), l),
                next.date() == null ? "" : date(next.date(), l), next.venue().in(l)))));
    }

    private static String nameOf(Map<Long, LocalizedText> names, long partyId, Language l) {
        return names.getOrDefault(partyId, LocalizedText.EMPTY).in(l);
    }

    /** "Về hợp tác du lịch" / "关于旅游合作": the area's name in a heading's phrase. */
    private LocalizedText heading(LocalizedText area) {
        return text(l -> phrases.get("communique.section.heading", l, l == Language.VI ? lowerFirst(area.in(l)) : area.in(l)));
    }

    /** "Giao lưu…" reads "về giao lưu…", "Y tế" "về y tế"; an acronym ("ASEAN") keeps its capitals. */
    private static String lowerFirst(String name) {
        var firstWord = name.split(" ", 2)[0];
        if (firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase(Locale.ROOT))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.of("vi")) + name.substring(1);
    }

    private String date(LocalDate date, Language l) {
        return DateTimeFormatter.ofPattern(phrases.get("communique.datePattern", l), l.locale()).format(date);
    }

    /** "A, B và C" / "A、B与C" / "A, B and C". */
    private String list(List<String> items, Language l) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        var joined = items.getFirst();
        for (var item : items.subList(1, items.size() - 1)) {
            joined = phrases.get("communique.list.more", l, joined, item);
        }
        return phrases.get("communique.list.last", l, joined, items.getLast());
    }

    private static LocalizedText text(Function<Language, @Nullable String> in) {
        var texts = LANGUAGES.stream().map(in).toList();
        return new LocalizedText(texts.get(0), texts.get(1), texts.get(2));
    }
}
