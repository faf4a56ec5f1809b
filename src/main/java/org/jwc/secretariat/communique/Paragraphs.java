package org.jwc.secretariat.communique;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Paragraphs extends JpaRepository<Paragraph, Long> {

    List<Paragraph> findByCommuniqueIdOrderByPositionAsc(long communiqueId);

    List<Paragraph> findBySectionIdOrderByPositionAsc(long sectionId);
}
