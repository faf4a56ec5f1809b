package org.jwc.secretariat.securitylog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

/** Only what the log needs: append, and read with filters. No update or delete method exists. */
interface SecurityLogEntries extends Repository<SecurityLogEntry, Long> {

    SecurityLogEntry save(SecurityLogEntry entry);

    Page<SecurityLogEntry> findAll(Specification<SecurityLogEntry> filter, Pageable page);

    long count(Specification<SecurityLogEntry> filter);
}
