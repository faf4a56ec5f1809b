package org.jwc.secretariat.committee;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Committees extends JpaRepository<Committee, Long> {

    Optional<Committee> findFirstByOrderByIdAsc();
}
