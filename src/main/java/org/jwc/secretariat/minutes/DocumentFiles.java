package org.jwc.secretariat.minutes;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentFiles extends JpaRepository<DocumentFile, Long> {

    @Modifying
    @Query("delete from DocumentFile f where f.id = :id")
    int deleteWithoutLoading(long id);
}
