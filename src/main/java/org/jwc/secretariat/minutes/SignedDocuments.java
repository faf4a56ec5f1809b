package org.jwc.secretariat.minutes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignedDocuments extends JpaRepository<SignedDocument, Long> {

    List<SignedDocument> findByMeetingIdOrderBySignedOnAscIdAsc(long meetingId);

    Optional<SignedDocument> findByMeetingIdAndSha256(long meetingId, String sha256);
}
