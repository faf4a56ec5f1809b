package org.jwc.secretariat.proposal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.TextInput;
import org.jwc.secretariat.i18n.LocalizedText;

/** Proposal drafts as a generator makes them, and what the service owes each (README, "Limits on texts"). */
final class GeneratedDrafts {

    /** An area id that does not exist. */
    static final long NO_AREA = Long.MAX_VALUE;

    private GeneratedDrafts() {
    }

    /** A draft whose texts are each troubled with the given chance, as are (less often) its scope and area. */
    static ProposalDraft draft(Random random, double trouble, long areaId) {
        IntFunction<@Nullable String> text = max -> random.nextDouble() < trouble
                ? TextInput.troubled(random, max) : TextInput.harmless(random, max);
        var title = new LocalizedText(text.apply(Proposal.MAX_TITLE), text.apply(Proposal.MAX_TITLE),
                text.apply(Proposal.MAX_TITLE));
        if (trouble == 0 && normalised(title).isBlank()) {
            title = new LocalizedText("Đề nghị", "建议", null); // an untroubled draft needs a title
        }
        var scope = random.nextDouble() < trouble / 5 ? null : ProposalScope.values()[random.nextInt(3)];
        Long area = random.nextDouble() < trouble / 5 ? Long.valueOf(NO_AREA) : random.nextBoolean() ? areaId : null;
        return new ProposalDraft(area, scope, Set.of(), title,
                new LocalizedText(text.apply(Proposal.MAX_TEXT), text.apply(Proposal.MAX_TEXT), null),
                text.apply(300), null, text.apply(Proposal.MAX_TEXT));
    }

    /** Every refusal the draft deserves, as "field: message key"; the service names one of them. */
    static Set<String> problems(ProposalDraft d) {
        var found = new HashSet<String>();
        BiConsumer<String, Set<String>> add = (field, keys) -> keys.forEach(k -> found.add(field + ": " + k));
        if (d.scope() == null) {
            add.accept("scope", Set.of("validation.required"));
        }
        if (d.areaId() != null && d.areaId() == NO_AREA) {
            add.accept("areaId", Set.of("error.notFound"));
        }
        if (normalised(d.title()).isBlank()) {
            add.accept("title", Set.of("validation.required"));
        }
        for (var language : Arrays.asList(d.title().vi(), d.title().zh(), d.title().en())) {
            add.accept("title", TextInput.problems(language, Proposal.MAX_TITLE));
        }
        for (var language : Arrays.asList(d.text().vi(), d.text().zh(), d.text().en())) {
            add.accept("text", TextInput.problems(language, Proposal.MAX_TEXT));
        }
        add.accept("followsUp", TextInput.problems(d.followsUp(), 300));
        add.accept("background", TextInput.problems(d.background(), Proposal.MAX_TEXT));
        return found;
    }

    static LocalizedText normalised(LocalizedText text) {
        return new LocalizedText(TextInput.normalised(text.vi()), TextInput.normalised(text.zh()),
                TextInput.normalised(text.en()));
    }
}
