package com.mockmate.base.domain;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Hibernate;

/** Entities carry an application-assigned UUID, so equality is stable before and after persisting. */
@MappedSuperclass
public abstract class AbstractEntity implements Serializable {

    @Id
    private UUID id = UUID.randomUUID();

    public UUID getId() {
        return id;
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
