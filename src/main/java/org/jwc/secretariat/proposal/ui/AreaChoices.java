package org.jwc.secretariat.proposal.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.i18n.Language;

/** The cooperation areas in the tree's order, each named with its parent ("Key areas › Tourism"). */
final class AreaChoices {

    private final Map<Long, String> labels = new LinkedHashMap<>();

    /** Reads the areas once: every proposal screen builds these choices, and a pushed refresh too. */
    AreaChoices(AreaService areas, Language language) {
        add(areas.all(), null, "", language);
    }

    private void add(List<CooperationArea> all, @Nullable Long parentId, String prefix, Language language) {
        for (var area : all) {
            if (Objects.equals(area.parentId(), parentId)) {
                var label = prefix + area.name().in(language);
                labels.put(area.id(), label);
                add(all, area.id(), label + " › ", language);
            }
        }
    }

    List<Long> ids() {
        return new ArrayList<>(labels.keySet());
    }

    String label(@Nullable Long id) {
        return id == null ? "" : labels.getOrDefault(id, "");
    }
}
