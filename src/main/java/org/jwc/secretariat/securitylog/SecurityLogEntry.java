package org.jwc.secretariat.securitylog;

import static org.jwc.secretariat.base.WholeCharacters.cut;


import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.security.SecurityEvent;

/**
 * One recorded security event. Append-only: no version, no setters, and Hibernate never writes an
 * update for it ({@code @Immutable}); a field longer than its column is cut rather than lost.
 */
@Entity
@Immutable
@Table(name = "security_log")
public class SecurityLogEntry {

    static final int NAME_LENGTH = 100;
    static final int ADDRESS_LENGTH = 64;
    static final int DETAIL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    private Instant at;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SecurityEvent.Kind kind;

    private @Nullable String username;
    private @Nullable String actor;
    private @Nullable String address;
    private @Nullable String detail;

    protected SecurityLogEntry() {
    }

    SecurityLogEntry(Instant at, SecurityEvent event) {
        this.at = at;
        this.kind = event.kind();
        this.username = cut(event.username(), NAME_LENGTH);
        this.actor = cut(event.actor(), NAME_LENGTH);
        this.address = cut(event.address(), ADDRESS_LENGTH);
        this.detail = cut(event.detail(), DETAIL_LENGTH);
    }

    public long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public SecurityEvent.Kind kind() {
        return kind;
    }

    public @Nullable String username() {
        return username;
    }

    public @Nullable String actor() {
        return actor;
    }

    public @Nullable String address() {
        return address;
    }

    public @Nullable String detail() {
        return detail;
    }
}
