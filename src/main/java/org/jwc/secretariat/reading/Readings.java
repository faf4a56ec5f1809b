package org.jwc.secretariat.reading;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Readings extends JpaRepository<Reading, Long> {

    Optional<Reading> findByUserIdAndRecordKindAndRecordId(long userId, String recordKind, long recordId);
}
