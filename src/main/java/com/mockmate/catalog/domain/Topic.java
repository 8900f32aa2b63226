package com.mockmate.catalog.domain;

import com.mockmate.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "topics")
public class Topic extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private @Nullable String description;

    @Column(name = "owner_id")
    private @Nullable UUID ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Topic() {}

    public Topic(String name, @Nullable String description, @Nullable UUID ownerId, Instant now) {
        this.name = name;
        this.description = description;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void update(String newName, @Nullable String newDescription, Instant now) {
        this.name = newName;
        this.description = newDescription;
        this.updatedAt = now;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable UUID getOwnerId() {
        return ownerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
