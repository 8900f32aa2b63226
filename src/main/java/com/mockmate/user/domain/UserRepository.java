package com.mockmate.user.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends JpaRepository<User, UUID> {

    /** By the canonical spelling only (see {@link Usernames}); stored names are canonical, so this is plain equality. */
    Optional<User> findByUsername(String normalisedUsername);

    /**
     * As {@code findById}, but a declared query, which runs in the caller's transaction if there is one and otherwise
     * alone: the standing is read on every request, and one SELECT in auto-commit is one statement where the read-only
     * transaction of {@code findById} is three (BEGIN, SELECT, COMMIT).
     */
    Optional<User> findStandingById(UUID id);

    boolean existsByUsername(String normalisedUsername);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, UUID id);

    long countByRole(Role role);

    @Query("""
            select u from User u
            where :q is null
               or lower(u.username) like lower(concat('%', cast(:q as string), '%'))
               or lower(u.email) like lower(concat('%', cast(:q as string), '%'))
               or lower(u.fullName) like lower(concat('%', cast(:q as string), '%'))
            """)
    Page<User> search(@Param("q") String query, Pageable pageable);
}
