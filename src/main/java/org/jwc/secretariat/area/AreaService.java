package org.jwc.secretariat.area;

import static org.jwc.secretariat.base.Validation.officialLanguages;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cooperation-area tree: everyone reads it, administrators shape it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class AreaService {

    private final CooperationAreas areas;
    private final CommitteeService committees;

    AreaService(CooperationAreas areas, CommitteeService committees) {
        this.areas = areas;
        this.committees = committees;
    }

    /** The committee's areas under a parent (null: the top level), in their order. */
    public List<CooperationArea> children(@Nullable Long parentId) {
        return all().stream().filter(a -> Objects.equals(a.parentId(), parentId)).toList();
    }

    /**
     * The committee's areas in the order of their positions, in one query: a caller walking the tree
     * does so in memory. Another committee's areas are not among them.
     */
    public List<CooperationArea> all() {
        return committees.currentId().map(areas::findByCommitteeIdOrderByPositionAsc).orElse(List.of());
    }

    /** Whether the committee being worked in has the area; another committee's is unknown here. */
    public boolean exists(long id) {
        return find(id).isPresent();
    }

    /** The committee's area; another committee's is refused as an unknown id (ADR 0025). */
    public CooperationArea get(long id) {
        return find(id).orElseThrow(() -> new RefusedException("error.notFound"));
    }

    private Optional<CooperationArea> find(long id) {
        return areas.findById(id).filter(a -> committees.currentId().filter(c -> c == a.committeeId()).isPresent());
    }

    /** Adds an area at the end of its parent's list. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public CooperationArea add(@Nullable Long parentId, LocalizedText name) {
        var checked = officialLanguages("name", name, 300);
        var committee = committees.requireCurrentId();
        if (parentId != null) {
            get(parentId);
        }
        return areas.save(new CooperationArea(committee, parentId, children(parentId).size() + 1, checked));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public CooperationArea rename(long id, long expectedVersion, LocalizedText name) {
        var area = get(id);
        area.requireVersion(expectedVersion);
        area.rename(officialLanguages("name", name, 300));
        return areas.saveAndFlush(area);
    }

    /** Moves an area one place up (-1) or down (+1) among its siblings. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void move(long id, int step) {
        var area = get(id);
        var siblings = children(area.parentId()).stream()
                .sorted(Comparator.comparingInt(CooperationArea::position))
                .toList();
        var index = siblings.indexOf(area);
        var target = index + Integer.signum(step);
        if (target < 0 || target >= siblings.size()) {
            throw new RefusedException("area.error.cannotMove");
        }
        var other = siblings.get(target);
        var position = area.position();
        area.moveTo(other.position());
        other.moveTo(position);
    }
}
