package org.jwc.secretariat.committee;

import static org.jwc.secretariat.base.Validation.officialLanguages;
import static org.jwc.secretariat.base.Validation.withinLength;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.Roles;
import org.jwc.secretariat.security.SystemAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committees on the platform and the one being worked in (ADR 0025): the committee the signed-in
 * user chose, held by their principal, never a request's parameter. Read by the login page and
 * every screen; named by administrators, created by platform administrators.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeService {

    private final Committees committees;
    private final CurrentUser currentUser;
    /** The first committee's id never changes once it exists: read once, not by every list of every page. */
    private final AtomicReference<Long> firstId = new AtomicReference<>();

    CommitteeService(Committees committees, CurrentUser currentUser) {
        this.committees = committees;
        this.currentUser = currentUser;
    }

    /**
     * The committee being worked in; before sign-in, the platform's committee if it holds only one
     * (the login page names it), none where there are several: nobody learns of another mechanism.
     */
    @PreAuthorize("permitAll()")
    public Optional<Committee> committee() {
        if (currentUser.get().isEmpty()) {
            var two = committees.findTop2ByOrderByIdAsc();
            return two.size() == 1 ? Optional.of(two.getFirst()) : Optional.empty();
        }
        return currentId().flatMap(committees::findById);
    }

    /**
     * The id of the committee being worked in: the signed-in user's choice; for the platform's own
     * work and for platform administrators who chose none yet, the first committee; none for a user
     * who acts in no committee, and none before a committee is named.
     */
    @PreAuthorize("permitAll()")
    public Optional<Long> currentId() {
        var user = currentUser.get();
        if (user.isPresent() && user.get().committeeId() != null) {
            return Optional.of(user.get().committeeId());
        }
        if (user.isPresent() && !user.get().hasRole(Role.PLATFORM_ADMIN) && user.get().userId() != SystemAccount.USER_ID) {
            return Optional.empty();
        }
        return firstId();
    }

    private Optional<Long> firstId() {
        var id = firstId.get();
        if (id == null) {
            id = committees.findTop2ByOrderByIdAsc().stream().findFirst().map(Committee::getId).orElse(null);
            firstId.compareAndSet(null, id);
        }
        return Optional.ofNullable(id);
    }

    /** The committee being worked in, or a refusal that asks for it to be named first. */
    @PreAuthorize("permitAll()")
    public long requireCurrentId() {
        return currentId().orElseThrow(() -> new RefusedException("committee.error.none"));
    }

    /** Every committee's id, in the order they were made: for the sign-in, which finds where a user acts. */
    @PreAuthorize("permitAll()")
    public List<Long> allIds() {
        return committees.findAllByOrderByIdAsc().stream().map(Committee::id).toList();
    }

    /** The committees of the given ids, in the order they were made: the ones a user acts in. */
    @PreAuthorize("permitAll()")
    public List<Committee> withIds(Collection<Long> ids) {
        return committees.findAllByOrderByIdAsc().stream().filter(c -> ids.contains(c.id())).toList();
    }

    /** A new mechanism on the platform; its administrators and parties come next. */
    @Transactional
    @PreAuthorize(Roles.IS_PLATFORM_ADMIN)
    public Committee create(LocalizedText name, @Nullable LocalizedText shortName, @Nullable CommitteeKind kind) {
        var committee = new Committee(checkedName(name));
        committee.rename(committee.name(), checkedShortName(shortName), requireKind(kind));
        return committees.saveAndFlush(committee);
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

    /** A new full name, short name and kind of mechanism, for the committee being worked in (the first one made where none is). */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Committee rename(long expectedVersion, LocalizedText name, @Nullable LocalizedText shortName,
            @Nullable CommitteeKind kind) {
        var checkedKind = requireKind(kind);
        var checked = checkedName(name);
        var checkedShort = checkedShortName(shortName);
        var committee = currentId().flatMap(committees::findById).orElse(null);
        if (committee == null && !committees.findTop2ByOrderByIdAsc().isEmpty()) {
            throw new RefusedException("committee.error.none");
        }
        if (committee == null) {
            committee = new Committee(checked);
        } else {
            committee.requireVersion(expectedVersion);
        }
        committee.rename(checked, checkedShort, checkedKind);
        return committees.saveAndFlush(committee);
    }

    private static LocalizedText checkedName(LocalizedText name) {
        return officialLanguages("name", name, 500);
    }

    private static LocalizedText checkedShortName(@Nullable LocalizedText shortName) {
        return withinLength("shortName", shortName == null ? LocalizedText.EMPTY : shortName, Committee.MAX_SHORT_NAME);
    }

    private static CommitteeKind requireKind(@Nullable CommitteeKind kind) {
        if (kind == null) {
            throw RefusedException.badInput("kind", "validation.required");
        }
        return kind;
    }
}
