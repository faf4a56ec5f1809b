package org.jwc.secretariat.user;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One password sign-in, failed or not: written once, never changed, pruned when old (ADR 0021). */
@Entity
@Immutable
@Table(name = "sign_in_attempt")
class SignInAttempt {

    static final int NAME_LENGTH = 100;
    static final int ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    private String username = "";
    private String address = "";
    private Instant at = Instant.EPOCH;
    private boolean succeeded;

    protected SignInAttempt() {
    }

    SignInAttempt(String username, String address, Instant at, boolean succeeded) {
        this.username = username;
        this.address = address;
        this.at = at;
        this.succeeded = succeeded;
    }

    String address() {
        return address;
    }

    Instant at() {
        return at;
    }
}
