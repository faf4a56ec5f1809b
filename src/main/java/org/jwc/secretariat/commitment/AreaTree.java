package org.jwc.secretariat.commitment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.i18n.Language;

/**
 * The cooperation areas in the tree's order (each area, then its sub-areas), with their depth and
 * their path: the order in which the communiqué, the report and the page list commitments.
 */
public final class AreaTree {

    private final Map<Long, CooperationArea> byId = new LinkedHashMap<>();
    private final Map<Long, Integer> depth = new HashMap<>();

    /** From every area, as {@code AreaService.all()} reads them in one query. */
    public AreaTree(List<CooperationArea> all) {
        add(all, null, 0);
    }

    private void add(List<CooperationArea> all, @Nullable Long parentId, int level) {
        for (var area : all) {
            if (Objects.equals(area.parentId(), parentId)) {
                byId.put(area.id(), area);
                depth.put(area.id(), level);
                add(all, area.id(), level + 1);
            }
        }
    }

    /** Every area, parents before their children, siblings in their order. */
    public List<Long> ids() {
        return new ArrayList<>(byId.keySet());
    }

    /** 0 for a top-level area. */
    public int depth(long id) {
        return depth.getOrDefault(id, 0);
    }

    public String name(@Nullable Long id, Language language) {
        var area = id == null ? null : byId.get(id);
        return area == null ? "" : area.name().in(language);
    }

    /** The area named with its ancestors ("Cooperation in key areas › Tourism"), so that a sub-area is never ambiguous. */
    public String path(@Nullable Long id, Language language) {
        var area = id == null ? null : byId.get(id);
        if (area == null) {
            return "";
        }
        var parent = area.parentId() == null ? "" : path(area.parentId(), language);
        return parent.isEmpty() ? area.name().in(language) : parent + " › " + area.name().in(language);
    }

    /** The area and its ancestors, the top-level one first. */
    public List<Long> lineage(long id) {
        var lineage = new ArrayList<Long>();
        for (Long at = id; at != null && byId.containsKey(at); at = byId.get(at).parentId()) {
            lineage.addFirst(at);
        }
        return lineage;
    }
}
