package org.jwc.secretariat.party;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Parties extends JpaRepository<Party, Long> {

    Optional<Party> findByCode(String code);
}
