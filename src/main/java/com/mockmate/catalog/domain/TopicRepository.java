package com.mockmate.catalog.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<Topic, UUID> {

    Optional<Topic> findByNameIgnoreCase(String name);

    List<Topic> findAllByOrderByNameAsc();
}
