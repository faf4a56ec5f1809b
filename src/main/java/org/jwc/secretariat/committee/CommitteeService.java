package org.jwc.secretariat.committee;

import static org.jwc.secretariat.base.Validation.officialLanguages;
import static org.jwc.secretariat.base.Validation.withinLength;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The committee's name, read by the login page and every screen; set by administrators. */
@Service
@Transactional(readOnly = true)
public class CommitteeService {

    private final Committees committees;
    /** The first committee's id never changes once it exists: read once, not by every list of every page. */
    private final AtomicReference<Long> firstId = new AtomicReference<>();

    CommitteeService(Committees committees) {
        this.committees = committees;
    }

    /** Public: every page, the login page included, shows it. */
    @PreAuthorize("permitAll()")
    public Optional<Committee> committee() {
        return committees.findFirstByOrderByIdAsc();
    }

    /**
     * The committee being worked in, for the areas and meetings that belong to it: the platform's
     * first until users choose among several (ADR 0025); none before an administrator names one.
     */
    @PreAuthorize("permitAll()")
    public Optional<Long> currentId() {
        var id = firstId.get();
        if (id == null) {
            id = committee().map(Committee::getId).orElse(null);
            firstId.compareAndSet(null, id);
        }
        return Optional.ofNullable(id);
    }

    /** The committee being worked in, or a refusal that asks for it to be named first. */
    @PreAuthorize("permitAll()")
    public long requireCurrentId() {
        return currentId().orElseThrow(() -> new RefusedException("committee.error.none"));
    }

    @PreAuthorize("permitAll()")
    public LocalizedText name() {
        return committee().map(Committee::name).orElse(LocalizedText.EMPTY);
    }

    /** The short name, for the top bar; the full name in a language without one. */
    @PreAuthorize("permitAll()")
    public LocalizedText shortName() {
        return committee().map(Committee::shortName).orElse(LocalizedText.EMPTY);
    }

    /** A new full name; the short name stays as it is. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Committee rename(long expectedVersion, LocalizedText name) {
        return rename(expectedVersion, name, committee().map(Committee::givenShortName).orElse(LocalizedText.EMPTY));
    }

    /** A new full name and short name; the short name is optional in every language. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Committee rename(long expectedVersion, LocalizedText name, @Nullable LocalizedText shortName) {
        return rename(expectedVersion, name, shortName, committee().map(Committee::kind).orElse(CommitteeKind.COMMITTEE));
    }

    /** A new full name, short name and kind of mechanism. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Committee rename(long expectedVersion, LocalizedText name, @Nullable LocalizedText shortName,
            @Nullable CommitteeKind kind) {
        if (kind == null) {
            throw RefusedException.badInput("kind", "validation.required");
        }
        var checked = officialLanguages("name", name, 500);
        var checkedShort = withinLength("shortName", shortName == null ? LocalizedText.EMPTY : shortName, Committee.MAX_SHORT_NAME);
        var committee = committees.findFirstByOrderByIdAsc().orElseGet(() -> new Committee(checked));
        if (committee.getId() != null) {
            committee.requireVersion(expectedVersion);
        }
        committee.rename(checked, checkedShort, kind);
        return committees.saveAndFlush(committee);
    }
}
