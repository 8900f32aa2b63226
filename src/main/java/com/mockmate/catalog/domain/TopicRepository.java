package com.mockmate.catalog.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TopicRepository extends JpaRepository<Topic, UUID> {

    Optional<Topic> findByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

    List<Topic> findAllByOrderByNameAsc();

    @Query("""
            select t from Topic t
            where :q is null
               or lower(t.name) like lower(concat('%', cast(:q as string), '%'))
               or lower(t.description) like lower(concat('%', cast(:q as string), '%'))
            """)
    Page<Topic> search(@Param("q") String query, Pageable pageable);
}
