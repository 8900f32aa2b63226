package com.mockmate.support.sql;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The driver's data source as the connection pool sees it, with every connection counting into a
 * {@link StatementCounter}. It sits under the pool, so the pool's own connection checks are counted too. The rules
 * follow what the PostgreSQL driver sends: BEGIN lazily before the first statement when auto-commit is off, COMMIT or
 * ROLLBACK only while a transaction is open (an empty transaction sends nothing), and a COMMIT when auto-commit is
 * switched back on inside one. {@code Connection.isValid} sends an empty query, which the server logs as well. Not
 * seen: the {@code SET application_name} the driver sends while it opens a connection, which the pool does at start-up.
 * Checked once against the server's log: the same number, statement for statement.
 */
public final class CountingDataSource implements DataSource {

    private final DataSource target;
    private final StatementCounter counter;

    public CountingDataSource(DataSource target, StatementCounter counter) {
        this.target = target;
        this.counter = counter;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counting(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counting(target.getConnection(username, password));
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new ConnectionHandler(connection, counter));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }

    /** A connection is used by one thread at a time (the pool hands it out), so its state needs no locking. */
    private static final class ConnectionHandler implements InvocationHandler {

        private final Connection target;
        private final StatementCounter counter;
        private boolean autoCommit = true;
        private boolean inTransaction;

        ConnectionHandler(Connection target, StatementCounter counter) {
            this.target = target;
            this.counter = counter;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "setAutoCommit" -> {
                    boolean on = (Boolean) args[0];
                    if (on && !autoCommit) {
                        endTransaction();
                    }
                    autoCommit = on;
                }
                case "commit" -> endTransaction();
                case "rollback" -> {
                    if (args == null) {
                        endTransaction();
                    } else {
                        statements(1);
                    }
                }
                case "setSavepoint", "releaseSavepoint" -> statements(1);
                case "isValid" -> counter.recordConnectionCheck();
                default -> {}
            }
            var result = call(target, method, args);
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return Proxy.newProxyInstance(
                        Connection.class.getClassLoader(),
                        new Class<?>[] {method.getReturnType()},
                        new StatementHandler(statement, this));
            }
            return result;
        }

        void statements(int count) {
            if (count == 0) {
                return;
            }
            if (!autoCommit && !inTransaction) {
                inTransaction = true;
                counter.record(1);
            }
            counter.record(count);
        }

        private void endTransaction() {
            if (inTransaction) {
                inTransaction = false;
                counter.record(1);
            }
        }
    }

    private static final class StatementHandler implements InvocationHandler {

        private final Statement target;
        private final ConnectionHandler connection;
        private int batched;

        StatementHandler(Statement target, ConnectionHandler connection) {
            this.target = target;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> connection.statements(1);
                case "addBatch" -> batched++;
                case "clearBatch" -> batched = 0;
                case "executeBatch", "executeLargeBatch" -> {
                    connection.statements(batched);
                    batched = 0;
                }
                default -> {}
            }
            return call(target, method, args);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
