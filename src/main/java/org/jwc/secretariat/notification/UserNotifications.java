package org.jwc.secretariat.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserNotifications extends JpaRepository<UserNotification, Long> {

    List<UserNotification> findByUserIdAndCommitteeIdOrderByCreatedAtDescIdDesc(long userId, long committeeId, Pageable page);

    long countByUserIdAndCommitteeIdAndReadAtIsNull(long userId, long committeeId);

    List<UserNotification> findByUserIdAndCommitteeIdAndReadAtIsNull(long userId, long committeeId);

    boolean existsByKindAndMeetingIdAndDueAt(NotificationKind kind, long meetingId, Instant dueAt);
}
