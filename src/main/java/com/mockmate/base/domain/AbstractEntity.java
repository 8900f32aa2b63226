package com.mockmate.base.domain;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Persistable;

/**
 * Entities carry an application-assigned UUID, so equality is stable before and after persisting. Because the id is
 * set before saving, Spring Data is told explicitly which entities are new; otherwise every insert became a merge
 * with an extra SELECT.
 */
@MappedSuperclass
public abstract class AbstractEntity implements Persistable<UUID>, Serializable {

    @Id
    private UUID id = UUID.randomUUID();

    @Transient
    private boolean isNew = true;

    @Override
    public UUID getId() {
        return id;
    }

    /** For entities whose id is needed before they are saved, e.g. to name a file stored first. */
    protected void assignId(UUID assigned) {
        if (!isNew) {
            throw new IllegalStateException("The id of a saved entity cannot change");
        }
        this.id = assigned;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostPersist
    @PostLoad
    void markNotNew() {
        isNew = false;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return Objects.equals(id, ((AbstractEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
