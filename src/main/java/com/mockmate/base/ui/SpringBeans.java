package com.mockmate.base.ui;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/** Lets a deserialized view find the services it lost with its transient fields; see {@link ServiceRef}. */
@Component
class SpringBeans implements ApplicationContextAware {

    private static volatile ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        context = applicationContext;
    }

    static <T> T get(Class<T> type) {
        var current = context;
        if (current == null) {
            throw new IllegalStateException("The Spring context is not available");
        }
        return current.getBean(type);
    }
}
