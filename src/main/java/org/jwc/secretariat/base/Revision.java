package org.jwc.secretariat.base;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/** One saved change of audited records: when, and by whom (Hibernate Envers). */
@Entity
@RevisionEntity(Revision.Author.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @Version
    private long version;

    @RevisionTimestamp
    private long changedAt;

    private @Nullable String username;

    public long id() {
        return id;
    }

    public Instant changedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public @Nullable String username() {
        return username;
    }

    /** Stamps each revision with the signed-in user's name. */
    public static class Author implements RevisionListener {
        @Override
        public void newRevision(Object revision) {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            ((Revision) revision).username = authentication == null ? null : authentication.getName();
        }
    }
}
