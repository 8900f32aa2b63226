package com.mockmate.support;

import com.mockmate.MockMateApplication;
import java.util.ArrayList;
import java.util.List;
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

    /** {@code extraArgs}: command-line arguments on top, e.g. {@code --server.forward-headers-strategy=framework}. */
    public static SecondInstance startLike(Environment first, String... extraArgs) {
        var firstStrategy = SecurityContextHolder.getContextHolderStrategy();
        var args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + first.getRequiredProperty("spring.datasource.url"),
                "--spring.data.redis.database=" + first.getRequiredProperty("spring.data.redis.database"),
                "--spring.session.data.redis.namespace="
                        + first.getRequiredProperty("spring.session.data.redis.namespace")));
        args.addAll(List.of(extraArgs));
        var context = new SpringApplicationBuilder(MockMateApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new));
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
