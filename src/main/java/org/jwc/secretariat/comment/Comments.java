package org.jwc.secretariat.comment;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Comments extends JpaRepository<Comment, Long> {

    /** A record's comments that a party may read, oldest first. */
    @Query("""
            select c from Comment c
            where c.recordKind = :kind and c.recordId = :recordId
              and (c.onlyForPartyId is null or c.onlyForPartyId = :partyId)
            order by c.postedAt, c.id""")
    List<Comment> readableBy(String kind, long recordId, @Nullable Long partyId);
}
