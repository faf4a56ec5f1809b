package org.jwc.secretariat.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Meetings extends JpaRepository<Meeting, Long> {

    Optional<Meeting> findByNumber(int number);

    List<Meeting> findAllByOrderByNumberDesc();
}
