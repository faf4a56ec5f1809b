package org.jwc.secretariat.base;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * The saved states of an audited record, oldest first, each with who saved it and when (Hibernate
 * Envers). Services filter what a reader may see before handing them out.
 */
@Component
public class AuditLog {

    private final EntityManager entityManager;

    AuditLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <T, R> List<R> revisions(Class<T> type, long id, BiFunction<Revision, T, R> revision) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, false)
                .add(AuditEntity.id().eq(id))
                .getResultList();
        return rows.stream()
                .sorted(Comparator.comparingLong(row -> ((Revision) row[1]).id()))
                .map(row -> revision.apply((Revision) row[1], type.cast(row[0])))
                .toList();
    }
}
