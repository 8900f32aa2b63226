package com.mockmate.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A database of its own for testing one data-changing changeset: built up to just before it, filled with rows from
 * before it, then migrated. Each test builds a new one: running a changeset again after deleting its history row is not
 * reliable within one JVM.
 */
public final class MigrationDatabase {

    private static final String SERVER = "jdbc:postgresql://localhost:5432/";

    private final String name;

    public MigrationDatabase(String name) {
        this.name = name;
    }

    /** Drops any leftover copy, creates the database and applies every changeset before {@code changeSetId}. */
    public void createUpTo(String changeSetId) throws Exception {
        drop();
        try (var admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                var statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        try (var liquibase = liquibase()) {
            var changeSets = liquibase.getDatabaseChangeLog().getChangeSets();
            int before = 0;
            while (!changeSets.get(before).getId().equals(changeSetId)) {
                before++;
            }
            liquibase.update(before, new Contexts(), new LabelExpression());
        }
    }

    /** Applies the remaining changesets. */
    public void migrate() throws Exception {
        try (var liquibase = liquibase()) {
            liquibase.update();
        }
    }

    public void drop() throws SQLException {
        try (var admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + name, "postgres", "");
    }

    private Liquibase liquibase() throws Exception {
        var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connect()));
        return new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), database);
    }
}
