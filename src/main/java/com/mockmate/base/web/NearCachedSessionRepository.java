package com.mockmate.base.web;

import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.data.redis.RedisSessionRepository;

/**
 * Keeps the sessions this instance served in memory and uses Redis as the shared, durable copy. Vaadin needs this for
 * server push: the push connection holds the very {@code UI} object that pushed updates change, so every request of
 * that browser must see the same object rather than a fresh copy deserialized from Redis. Before reusing its copy, the
 * instance checks with one small Redis read that no other instance has saved the session since; if one has, or the
 * session expired, it loads the session from Redis as before.
 *
 * <p>Changes a push makes outside a request reach Redis with the browser's next request. Saving locks every Vaadin
 * session held in the HTTP session, so a push running in the background never changes a UI while it is serialized.
 */
class NearCachedSessionRepository implements SessionRepository<Session> {

    static final String REVISION_ATTRIBUTE = "mockmate.session.revision";
    private static final String ATTRIBUTE_PREFIX = "sessionAttr:";

    private record Entry(Session session, String revision) {}

    private final RedisSessionRepository redis;
    private final SessionRepository<Session> delegate;
    private final String keyPrefix;
    private final int maxEntries;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    NearCachedSessionRepository(RedisSessionRepository redis, String namespace, int maxEntries) {
        this.redis = redis;
        // RedisSessionRepository's session class is not public; it accepts only the sessions it made.
        this.delegate = (SessionRepository<Session>) (SessionRepository<?>) redis;
        this.keyPrefix = namespace + ":sessions:";
        this.maxEntries = maxEntries;
    }

    @Override
    public Session createSession() {
        return delegate.createSession();
    }

    @Override
    public void save(Session session) {
        var revision = UUID.randomUUID().toString();
        session.setAttribute(REVISION_ATTRIBUTE, revision);
        var locks = vaadinSessionLocks(session);
        locks.forEach(Lock::lock);
        try {
            delegate.save(session);
        } finally {
            locks.reversed().forEach(Lock::unlock);
        }
        cache.put(session.getId(), new Entry(session, revision));
        if (cache.size() > maxEntries) {
            evictOldest();
        }
    }

    @Override
    public @Nullable Session findById(String id) {
        var entry = cache.get(id);
        if (entry != null) {
            if (!entry.session().isExpired() && entry.revision().equals(savedRevision(id))) {
                return entry.session();
            }
            cache.remove(id, entry);
        }
        return delegate.findById(id);
    }

    @Override
    public void deleteById(String id) {
        cache.remove(id);
        redis.deleteById(id);
    }

    /** Drops copies that have expired; they would be reloaded (or found gone) anyway. */
    void evictExpired() {
        cache.values().removeIf(entry -> entry.session().isExpired());
    }

    int cachedCount() {
        return cache.size();
    }

    private @Nullable Object savedRevision(String id) {
        return redis.getSessionRedisOperations()
                .opsForHash()
                .get(keyPrefix + id, ATTRIBUTE_PREFIX + REVISION_ATTRIBUTE);
    }

    private void evictOldest() {
        evictExpired();
        int excess = cache.size() - maxEntries;
        if (excess > 0) {
            cache.values().stream()
                    .sorted(Comparator.comparing(entry -> entry.session().getLastAccessedTime()))
                    .limit(excess)
                    .toList()
                    .forEach(entry -> cache.remove(entry.session().getId(), entry));
        }
    }

    private static List<Lock> vaadinSessionLocks(Session session) {
        var locks = new ArrayList<Lock>();
        for (var name : session.getAttributeNames()) {
            // A Vaadin session just read from Redis has no lock until Vaadin touches it; nothing can push to it yet.
            if (session.getAttribute(name) instanceof VaadinSession vaadinSession
                    && vaadinSession.getLockInstance() != null) {
                locks.add(vaadinSession.getLockInstance());
            }
        }
        return locks;
    }
}
