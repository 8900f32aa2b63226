package com.mockmate.base.ui;

import java.io.Serializable;

/**
 * A serializable handle on a Spring service, for views. The Vaadin session lives in Redis and is deserialized on every
 * request, which turns plain service fields into nulls; this handle keeps constructor injection and looks the bean up
 * again when it was lost.
 */
public final class ServiceRef<T> implements Serializable {

    private final Class<T> type;
    private transient T service;

    private ServiceRef(Class<T> type, T service) {
        this.type = type;
        this.service = service;
    }

    public static <T> ServiceRef<T> of(Class<T> type, T service) {
        return new ServiceRef<>(type, service);
    }

    public T get() {
        if (service == null) {
            service = SpringBeans.get(type);
        }
        return service;
    }
}
