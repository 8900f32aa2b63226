package com.mockmate.base.bootstrap;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Creates the configured PostgreSQL database when the server is there but the database is not, so that a bare
 * PostgreSQL with only its default databases is enough to start MockMate. Runs before any DataSource exists.
 */
public class DatabaseCreator implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);
    private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var env = event.getEnvironment();
        if (!env.getProperty("mockmate.database.create-if-missing", Boolean.class, true)) {
            return;
        }
        var url = env.getProperty("spring.datasource.url", "");
        var matcher = POSTGRES_URL.matcher(url);
        if (!matcher.matches()) {
            return;
        }
        var database = matcher.group(2);
        var maintenanceUrl = matcher.group(1) + "postgres" + (matcher.group(3) == null ? "" : matcher.group(3));
        var user = env.getProperty("spring.datasource.username", "postgres");
        var password = env.getProperty("spring.datasource.password", "");
        createIfMissing(maintenanceUrl, user, password, database);
    }

    static void createIfMissing(String maintenanceUrl, String user, String password, String database) {
        try (var connection = DriverManager.getConnection(maintenanceUrl, user, password);
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (var rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (var create = connection.createStatement()) {
                // The name was matched against [A-Za-z0-9_]+ above, so quoting it is safe.
                create.execute("CREATE DATABASE \"" + database + "\"");
                log.info("Created PostgreSQL database '{}'", database);
            }
        } catch (SQLException e) {
            // With Docker Compose the server may simply not be up yet; otherwise the DataSource will report the cause.
            log.warn("Could not check or create PostgreSQL database '{}': {}", database, e.getMessage());
        }
    }
}
