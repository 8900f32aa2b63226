package com.mockmate.profile.service;

import com.mockmate.profile.domain.ProfileContent;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's own profile, as the résumé and the editor read it.
 *
 * @param saved false for a candidate who never saved one: the content is then the default (private, handle from the
 *     username)
 * @param updatedAt when it was last saved; {@code null} if never
 */
public record ProfileDetails(
        UUID userId,
        ProfileContent content,
        boolean hasPhoto,
        boolean saved,
        @Nullable Instant updatedAt) implements Serializable {}
