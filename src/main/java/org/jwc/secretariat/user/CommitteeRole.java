package org.jwc.secretariat.user;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import java.util.EnumSet;
import java.util.Set;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.security.Role;

/**
 * A user's roles in one committee where they differ from their own (ADR 0025): a Tuyên Quang
 * official may be a secretary in one mechanism and a delegate in the other. No roles: none there.
 */
@Entity
class CommitteeRole extends VersionedEntity {

    private long userId;

    private long committeeId;

    @Convert(converter = RoleSetConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected CommitteeRole() {
    }

    CommitteeRole(long userId, long committeeId) {
        this.userId = userId;
        this.committeeId = committeeId;
    }

    long userId() {
        return userId;
    }

    long committeeId() {
        return committeeId;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
