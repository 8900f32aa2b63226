package com.mockmate.base.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.data.redis.RedisSessionRepository;

/**
 * Puts {@link NearCachedSessionRepository} in front of the Redis session repository that Spring Boot configures. It
 * wraps Boot's bean rather than declaring another repository, because Boot's session configuration (and with it the
 * session filter) backs off as soon as any session repository bean exists.
 */
@Configuration
class NearCachedSessionConfig {

    /** Sessions kept in memory per instance; beyond this the least recently used are dropped (Redis still has them). */
    private static final int MAX_CACHED_SESSIONS = 10_000;

    @Bean
    static BeanPostProcessor nearCachedSessionRepository(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RedisSessionRepository redisSessions) {
                    var namespace = environment.getProperty("spring.session.data.redis.namespace", "spring:session");
                    return new NearCachedSessionRepository(redisSessions, namespace, MAX_CACHED_SESSIONS);
                }
                return bean;
            }
        };
    }
}
