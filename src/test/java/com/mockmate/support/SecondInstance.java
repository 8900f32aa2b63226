package com.mockmate.support;

import com.mockmate.MockMateApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Another MockMate in the same JVM on a port of its own, sharing the test application's PostgreSQL database, Redis
 * database and session namespace: what a second node behind a load balancer, or the app after a restart, would see.
 *
 * <p>Vaadin's auto-configuration installs its security-context strategy in the JVM-wide {@link SecurityContextHolder};
 * closing puts back the first application's, which later tests in this JVM rely on.
 */
public record SecondInstance(ConfigurableApplicationContext context, SecurityContextHolderStrategy firstStrategy)
        implements AutoCloseable {

    public static SecondInstance startLike(Environment first) {
        var firstStrategy = SecurityContextHolder.getContextHolderStrategy();
        var context = new SpringApplicationBuilder(MockMateApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.datasource.url=" + first.getRequiredProperty("spring.datasource.url"),
                        "--spring.data.redis.database=" + first.getRequiredProperty("spring.data.redis.database"),
                        "--spring.session.data.redis.namespace="
                                + first.getRequiredProperty("spring.session.data.redis.namespace"));
        return new SecondInstance(context, firstStrategy);
    }

    public int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(firstStrategy);
        }
    }
}
