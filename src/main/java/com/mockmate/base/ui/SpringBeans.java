package com.mockmate.base.ui;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/**
 * Lets a deserialized view find the services it lost with its transient fields; see {@link ServiceRef}.
 *
 * <p>Keeps the live contexts, newest first, and forgets a context when it closes. There is one per JVM in production;
 * tests that start a second application instance in the same JVM must not leave the first one pointing at a closed
 * context.
 */
@Component
class SpringBeans implements ApplicationContextAware, DisposableBean {

    private static final Deque<ApplicationContext> LIVE_CONTEXTS = new ConcurrentLinkedDeque<>();

    private ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        context = applicationContext;
        LIVE_CONTEXTS.push(applicationContext);
    }

    @Override
    public void destroy() {
        LIVE_CONTEXTS.remove(context);
    }

    static <T> T get(Class<T> type) {
        var current = LIVE_CONTEXTS.peek();
        if (current == null) {
            throw new IllegalStateException("The Spring context is not available");
        }
        return current.getBean(type);
    }
}
