package org.jwc.secretariat.communique;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.VersionedEntity;

/** A party leader's decision on one circulated version, with the hash of the text the leader saw. */
@Entity
@Table(name = "communique_approval")
public class Approval extends VersionedEntity {

    private long communiqueId;
    private long versionId;
    private long partyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Decision decision = Decision.APPROVED;

    private String sha256 = "";
    private String leaderUsername = "";
    private String leaderName = "";
    private @Nullable String comment;
    private Instant decidedAt = Instant.EPOCH;

    protected Approval() {
    }

    Approval(long communiqueId, CommuniqueVersion version, long partyId) {
        this.communiqueId = communiqueId;
        this.versionId = version.id();
        this.sha256 = version.sha256();
        this.partyId = partyId;
    }

    /** The leader's decision; a leader may change it on the same version until the text is final. */
    void decide(Decision decision, @Nullable String comment, String username, String name, Instant at) {
        this.decision = decision;
        this.comment = comment;
        this.leaderUsername = username;
        this.leaderName = name;
        this.decidedAt = at;
    }

    public long communiqueId() {
        return communiqueId;
    }

    public long versionId() {
        return versionId;
    }

    public long partyId() {
        return partyId;
    }

    public Decision decision() {
        return decision;
    }

    public boolean approved() {
        return decision == Decision.APPROVED;
    }

    public String sha256() {
        return sha256;
    }

    public String fingerprint() {
        return Canonical.fingerprint(sha256);
    }

    public String leaderUsername() {
        return leaderUsername;
    }

    public String leaderName() {
        return leaderName;
    }

    public @Nullable String comment() {
        return comment;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
