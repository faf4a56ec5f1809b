package org.jwc.secretariat.committee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Committees extends JpaRepository<Committee, Long> {

    List<Committee> findTop2ByOrderByIdAsc();

    List<Committee> findAllByOrderByIdAsc();
}
