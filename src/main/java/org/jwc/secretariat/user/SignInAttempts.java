package org.jwc.secretariat.user;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The attempts the throttle counts; each query runs on an index of sign_in_attempt. */
interface SignInAttempts extends Repository<SignInAttempt, Long> {

    SignInAttempt save(SignInAttempt attempt);

    @Query("""
            SELECT MAX(a.at) FROM SignInAttempt a
            WHERE a.username = :username AND a.address = :address AND a.succeeded = TRUE AND a.at > :since""")
    @Nullable Instant lastSuccess(@Param("username") String username, @Param("address") String address,
            @Param("since") Instant since);

    /** A name's failures from one address after {@code since}, newest first. */
    @Query("""
            SELECT a.at FROM SignInAttempt a
            WHERE a.username = :username AND a.address = :address AND a.succeeded = FALSE AND a.at > :since
            ORDER BY a.at DESC""")
    List<Instant> failures(@Param("username") String username, @Param("address") String address,
            @Param("since") Instant since, Limit limit);

    /** An address's failures across names after {@code since}, newest first. */
    @Query("""
            SELECT a.at FROM SignInAttempt a
            WHERE a.address = :address AND a.succeeded = FALSE AND a.at > :since ORDER BY a.at DESC""")
    List<Instant> failuresFrom(@Param("address") String address, @Param("since") Instant since, Limit limit);

    @Query("""
            SELECT COUNT(a) FROM SignInAttempt a
            WHERE a.username = :username AND a.succeeded = FALSE AND a.at > :after AND a.at < :before""")
    long countFailuresOn(@Param("username") String username, @Param("after") Instant after, @Param("before") Instant before);

    @Query("""
            SELECT a FROM SignInAttempt a
            WHERE a.username = :username AND a.succeeded = FALSE AND a.at > :after AND a.at < :before
            ORDER BY a.at DESC""")
    List<SignInAttempt> failuresOn(@Param("username") String username, @Param("after") Instant after,
            @Param("before") Instant before, Limit limit);

    @Modifying
    @Query("DELETE FROM SignInAttempt a WHERE a.at < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
