package org.jwc.secretariat.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An entity with a database id and a version for optimistic locking. */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    public @Nullable Long getId() {
        return id;
    }

    /** The id of an entity that has been saved. */
    public long id() {
        if (id == null) {
            throw new IllegalStateException("entity not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a change based on an older version of this record, so that nobody's edit silently
     * overwrites another's.
     */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new RefusedException("error.concurrentEdit");
        }
    }
}
