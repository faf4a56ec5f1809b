package org.jwc.secretariat.securitylog;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security log as administrators read it: filtered, newest first, a page at a time. Nobody edits it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class SecurityLogService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));

    private final SecurityLogEntries entries;

    SecurityLogService(SecurityLogEntries entries) {
        this.entries = entries;
    }

    public Page<SecurityLogEntry> find(SecurityLogFilter filter, int page, int size) {
        return entries.findAll(specification(filter), PageRequest.of(page, size, NEWEST_FIRST));
    }

    public long count(SecurityLogFilter filter) {
        return entries.count(specification(filter));
    }

    private static Specification<SecurityLogEntry> specification(SecurityLogFilter f) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("at"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("at"), f.to()));
            }
            if (f.kind() != null) {
                where.add(cb.equal(root.get("kind"), f.kind()));
            }
            var name = blankToNull(f.username());
            if (name != null) {
                var pattern = "%" + like(name.toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("username")), pattern, '\\'),
                        cb.like(cb.lower(root.get("actor")), pattern, '\\')));
            }
            var address = blankToNull(f.address());
            if (address != null) {
                where.add(cb.like(root.get("address"), like(address) + "%", '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
