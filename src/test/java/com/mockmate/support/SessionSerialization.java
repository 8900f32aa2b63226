package com.mockmate.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes the whole Vaadin session as Spring Session does after a request, and reads it back as the next request does.
 * When something cannot be written, the failure names the path of fields from the session to the offending object, so
 * that the test says which view or listener holds it rather than only "java.util.Optional".
 */
public final class SessionSerialization {

    private SessionSerialization() {}

    /** Round trip of the current Vaadin session; throws an {@link AssertionError} naming the offending path. */
    public static void roundTripCurrentSession(String context) {
        // Reading a session back makes it (and its UIs) Vaadin's current instances: the test goes on with the
        // originals.
        // Spring Session saves after the response was written, when Vaadin has run its before-client-response tasks.
        // Some
        // components' pending tasks form lambda cycles that cannot be read back (vaadin/flow-components#6555), so
        // the test writes the session at the same point of a request as production does.
        MockVaadin.clientRoundtrip(true);
        var current = CurrentInstance.getInstances();
        try {
            roundTrip(VaadinSession.getCurrent(), context);
        } finally {
            CurrentInstance.restoreInstances(current);
        }
    }

    /**
     * The session and its UIs, in one stream as Spring Session writes the session attribute. The UIs are written
     * explicitly: VaadinSession leaves them out when its deployment configuration does not ask for development-mode
     * session serialization, which Karibu's mock configuration does not, and a test without them proves nothing about
     * the views.
     */
    private static void roundTrip(VaadinSession session, String context) {
        byte[] bytes;
        session.lock();
        try {
            var graph = new ArrayList<Object>();
            graph.add(session);
            graph.addAll(session.getUIs());
            bytes = write(graph, context);
        } finally {
            session.unlock();
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            if (!(in.readObject() instanceof List<?> read && read.getFirst() instanceof VaadinSession)) {
                throw new AssertionError(context + ": the session did not read back as a VaadinSession");
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new AssertionError(context + ": the session could not be read back: " + e, e);
        }
    }

    private static byte[] write(List<Object> graph, String context) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(graph);
        } catch (NotSerializableException e) {
            throw new AssertionError(
                    context + ": the Vaadin session cannot be serialized, it holds a " + e.getMessage() + " at\n  "
                            + pathTo(graph, e.getMessage()).orElse("(path not found by field walk)"),
                    e);
        } catch (IOException e) {
            throw new AssertionError(context + ": the Vaadin session cannot be serialized: " + e, e);
        }
        return bytes.toByteArray();
    }

    /** Breadth-first over fields, collection elements and map entries, to the first instance of the class. */
    static Optional<String> pathTo(Object root, @Nullable String className) {
        var seen = new IdentityHashMap<Object, Boolean>();
        var queue = new ArrayDeque<Step>();
        queue.add(new Step(root, root.getClass().getName()));
        while (!queue.isEmpty()) {
            var step = queue.poll();
            var object = step.object();
            if (seen.put(object, Boolean.TRUE) != null) {
                continue;
            }
            if (object.getClass().getName().equals(className)) {
                return Optional.of(step.path());
            }
            for (var next : children(object)) {
                queue.add(new Step(next.object(), step.path() + next.path()));
            }
        }
        return Optional.empty();
    }

    private static Iterable<Step> children(Object object) {
        var steps = new ArrayList<Step>();
        var type = object.getClass();
        if (type.isArray()) {
            if (!type.getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(object); i++) {
                    add(steps, "\n  [" + i + "]", Array.get(object, i));
                }
            }
            return steps;
        }
        if (object instanceof Map<?, ?> map && type.getName().startsWith("java.")) {
            map.forEach((key, value) -> {
                add(steps, "\n  {key}", key);
                add(steps, "\n  {" + key + "}", value);
            });
            return steps;
        }
        if (object instanceof Collection<?> collection && type.getName().startsWith("java.")) {
            int i = 0;
            for (var element : collection) {
                add(steps, "\n  [" + i++ + "]", element);
            }
            return steps;
        }
        for (var current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        || Modifier.isTransient(field.getModifiers())
                        || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    add(steps, "\n  ." + field.getName(), field.get(object));
                } catch (RuntimeException | IllegalAccessException e) {
                    // A JDK-internal field that the module system keeps closed: its contents are the JDK's own.
                }
            }
        }
        return steps;
    }

    private static void add(Collection<Step> steps, String label, @Nullable Object value) {
        if (value != null) {
            steps.add(new Step(value, label + " = " + value.getClass().getName()));
        }
    }

    private record Step(Object object, String path) {}
}
