package org.jwc.secretariat.communique;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Brackets extends JpaRepository<Bracket, Long> {

    List<Bracket> findByParagraphIdInOrderByIdAsc(Collection<Long> paragraphIds);

    List<Bracket> findByParagraphIdOrderByIdAsc(long paragraphId);
}
