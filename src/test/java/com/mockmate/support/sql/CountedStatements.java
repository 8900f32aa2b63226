package com.mockmate.support.sql;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the application's SQL statements (see {@link StatementCounter}) under the connection pool, and leaves out
 * GET requests: they are how a test client waits for a result, not the work it measures. Import it into a
 * {@code @SpringBootTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountedStatements {

    private static final StatementCounter COUNTER = new StatementCounter();

    @Bean
    StatementCounter statementCounter() {
        return COUNTER;
    }

    /** Static, so that it applies to the data source however early that is created. */
    @Bean
    static BeanPostProcessor countingConnections() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getDataSource() == null) {
                    var driver = new DriverDataSource(
                            pool.getJdbcUrl(),
                            pool.getDriverClassName(),
                            new Properties(),
                            pool.getUsername(),
                            pool.getPassword());
                    pool.setDataSource(new CountingDataSource(driver, COUNTER));
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> uncountedReads() {
        Filter filter = (request, response, chain) -> {
            if (request instanceof HttpServletRequest http && "GET".equals(http.getMethod())) {
                try {
                    COUNTER.uncounted(() -> {
                        chain.doFilter(request, response);
                        return null;
                    });
                } catch (RuntimeException | java.io.IOException | jakarta.servlet.ServletException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            } else {
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
