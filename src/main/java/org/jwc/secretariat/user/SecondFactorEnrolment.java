package org.jwc.secretariat.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.security.ClientAddress;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.jwc.secretariat.security.SecondFactorRule;
import org.jwc.secretariat.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose second factor is on (ADR 0022): it becomes a user's when they first pass a code, and only an
 * administrator takes it away again (a reset), which the security log records.
 */
@Service
@Transactional(readOnly = true)
public class SecondFactorEnrolment {

    private final Users users;
    private final CurrentUser currentUser;
    private final SecondFactorRule rule;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactorEnrolment(Users users, CurrentUser currentUser, SecondFactorRule rule, ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.rule = rule;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that the signed-in user just passed the second factor; true the first time (the
     * enrolment, which the security log records). Refused to a sign-in that did not pass it.
     */
    @Transactional
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean passedByCurrentUser() {
        if (!SecondFactorRule.hasPassed(SecurityContextHolder.getContext().getAuthentication())) {
            throw new AccessDeniedException("error.secondFactorRequired");
        }
        var user = users.findById(currentUser.require().userId()).orElseThrow(() -> new RefusedException("error.notFound"));
        var enrolled = user.enrolSecondFactor(clock.instant());
        if (enrolled) {
            events.publishEvent(new SecurityEvent(SecurityEvent.Kind.FACTOR_ENROLLED, user.username(), null,
                    ClientAddress.current(), "e-mail code"));
        }
        return enrolled;
    }

    /** Since when the signed-in user's second factor is on; empty when it is off. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Optional<Instant> ownSince() {
        return users.findById(currentUser.require().userId()).map(User::secondFactorSince);
    }

    /** Whether the signed-in user's role obliges them to pass it at every sign-in. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean ownRequiredByRole() {
        return rule.isRequiredByRole(currentUser.require());
    }

    /** Whether the user's role obliges them to pass the second factor at every sign-in. */
    public boolean isRequiredByRole(User user) {
        return user.profile().roles().stream().anyMatch(rule.requiredRoles()::contains);
    }

    /**
     * The administrator takes a user's second factor away (a lost mailbox, a changed address, a lost
     * device): a delegate or secretary then signs in with the password alone until they turn it on
     * again; a leader or administrator passes a code at the next sign-in as before. The event also
     * deletes the user's passkeys (the second-factor module listens, in this transaction).
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void reset(long userId) {
        var user = users.findById(userId).orElseThrow(() -> new RefusedException("error.notFound"));
        user.resetSecondFactor();
        events.publishEvent(new SecurityEvent(SecurityEvent.Kind.FACTORS_RESET, user.username(),
                currentUser.require().getUsername(), ClientAddress.current(), null));
    }
}
