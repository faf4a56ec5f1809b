package org.jwc.secretariat.communique;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jwc.secretariat.base.VersionedEntity;

/** A circulated version: frozen text in its canonical form, and the SHA-256 of that form. */
@Entity
@Immutable
public class CommuniqueVersion extends VersionedEntity {

    private long communiqueId;
    private int number;
    private String sha256 = "";

    // MEDIUMTEXT on MariaDB, a VARCHAR on H2 (its longest): a forty-page communiqué in three languages is a few hundred kilobytes.
    @Column(length = 1_048_576)
    private String content = "";

    private int pendingPairs;
    private int openBrackets;
    private String circulatedBy = "";
    private Instant circulatedAt = Instant.EPOCH;

    protected CommuniqueVersion() {
    }

    CommuniqueVersion(long communiqueId, int number, Canonical canonical, CommuniqueText text, String circulatedBy,
            Instant circulatedAt) {
        this.communiqueId = communiqueId;
        this.number = number;
        this.content = canonical.json();
        this.sha256 = canonical.sha256();
        this.pendingPairs = (int) text.pendingPairs();
        this.openBrackets = (int) text.openBrackets();
        this.circulatedBy = circulatedBy;
        this.circulatedAt = circulatedAt;
    }

    /** Leaders may approve it: no pair awaits confirmation and no bracket is open. */
    public boolean approvable() {
        return pendingPairs == 0 && openBrackets == 0;
    }

    /** The short form of the hash that people read and quote. */
    public String fingerprint() {
        return Canonical.fingerprint(sha256);
    }

    public long communiqueId() {
        return communiqueId;
    }

    public int number() {
        return number;
    }

    public String sha256() {
        return sha256;
    }

    String content() {
        return content;
    }

    public int pendingPairs() {
        return pendingPairs;
    }

    public int openBrackets() {
        return openBrackets;
    }

    public String circulatedBy() {
        return circulatedBy;
    }

    public Instant circulatedAt() {
        return circulatedAt;
    }
}
