package com.mockmate.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.StringRedisSerializer;
import org.springframework.session.SaveMode;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.data.redis.RedisSessionRepository;

/**
 * Against the real Redis on localhost (database 1, a namespace of its own). A second {@link RedisSessionRepository} on
 * the same Redis plays another application instance.
 */
class NearCachedSessionRepositoryTest {

    private static final String NAMESPACE = "mockmate-test:near-cache";

    private LettuceConnectionFactory connections;
    private RedisSessionRepository redisSessions;
    private SessionRepository<Session> otherInstance;
    private NearCachedSessionRepository repository;

    @BeforeEach
    void connect() {
        var config = new RedisStandaloneConfiguration("127.0.0.1", 6379);
        config.setDatabase(1);
        connections = new LettuceConnectionFactory(config);
        connections.afterPropertiesSet();
        redisSessions = redisRepository();
        otherInstance = generic(redisRepository());
        repository = new NearCachedSessionRepository(redisSessions, NAMESPACE, 3);
    }

    @AfterEach
    void clean() {
        var template = redisSessions.getSessionRedisOperations();
        var keys = template.keys(NAMESPACE + ":*");
        if (keys != null && !keys.isEmpty()) {
            template.delete(keys);
        }
        connections.destroy();
    }

    @Test
    void a_session_saved_here_is_found_as_the_same_object() {
        var session = repository.createSession();
        var ui = new StringBuilder("ui state");
        session.setAttribute("ui", ui);
        repository.save(session);

        var found = repository.findById(session.getId());

        assertThat(found).isSameAs(session);
        assertThat(found.<StringBuilder>getAttribute("ui")).isSameAs(ui);
    }

    @Test
    void the_session_is_also_in_redis_for_other_instances() {
        var session = repository.createSession();
        session.setAttribute("user", "alice");
        repository.save(session);

        var elsewhere = otherInstance.findById(session.getId());

        assertThat(elsewhere).isNotNull();
        assertThat(elsewhere.<String>getAttribute("user")).isEqualTo("alice");
    }

    @Test
    void a_save_by_another_instance_makes_this_one_reload() {
        var session = repository.createSession();
        session.setAttribute("step", 1);
        repository.save(session);

        var elsewhere = otherInstance.findById(session.getId());
        elsewhere.setAttribute("step", 2);
        elsewhere.setAttribute(NearCachedSessionRepository.REVISION_ATTRIBUTE, "written-elsewhere");
        otherInstance.save(elsewhere);

        var found = repository.findById(session.getId());
        assertThat(found).isNotSameAs(session);
        assertThat(found.<Integer>getAttribute("step")).isEqualTo(2);
    }

    @Test
    void a_session_deleted_elsewhere_is_gone_here_too() {
        var session = repository.createSession();
        repository.save(session);

        otherInstance.deleteById(session.getId());

        assertThat(repository.findById(session.getId())).isNull();
    }

    @Test
    void an_expired_session_is_not_served_from_memory() {
        var session = repository.createSession();
        session.setMaxInactiveInterval(Duration.ofMinutes(30));
        repository.save(session);

        session.setLastAccessedTime(Instant.now().minus(Duration.ofHours(1)));

        assertThat(repository.findById(session.getId())).isNotSameAs(session);
    }

    @Test
    void memory_holds_at_most_the_configured_number_of_sessions() {
        for (int i = 0; i < 5; i++) {
            var session = repository.createSession();
            session.setLastAccessedTime(Instant.now().minusSeconds(100 - i));
            repository.save(session);
        }

        assertThat(repository.cachedCount()).isEqualTo(3);
    }

    @SuppressWarnings("unchecked")
    private static SessionRepository<Session> generic(RedisSessionRepository sessions) {
        return (SessionRepository<Session>) (SessionRepository<?>) sessions;
    }

    private RedisSessionRepository redisRepository() {
        var template = new RedisTemplate<String, Object>();
        template.setConnectionFactory(connections);
        template.setKeySerializer(new StringRedisSerializer());
        template.setHashKeySerializer(new StringRedisSerializer());
        template.setDefaultSerializer(new JdkSerializationRedisSerializer());
        template.afterPropertiesSet();
        var sessions = new RedisSessionRepository(template);
        sessions.setRedisKeyNamespace(NAMESPACE);
        sessions.setSaveMode(SaveMode.ON_GET_ATTRIBUTE);
        return sessions;
    }
}
