package org.jwc.secretariat.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserNotifications extends JpaRepository<UserNotification, Long> {

    List<UserNotification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable page);

    long countByUserIdAndReadAtIsNull(long userId);

    List<UserNotification> findByUserIdAndReadAtIsNull(long userId);

    boolean existsByKindAndMeetingIdAndDueAt(NotificationKind kind, long meetingId, Instant dueAt);
}
