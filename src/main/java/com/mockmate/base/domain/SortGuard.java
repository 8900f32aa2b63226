package com.mockmate.base.domain;

import org.springframework.data.core.PropertyPath;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.Pageable;

/**
 * Checks sort properties that come from a request before they reach a JPQL query: Spring Data appends them to the
 * query text unchecked, so an unknown one would only fail inside Hibernate, as a server error.
 */
public final class SortGuard {

    private SortGuard() {}

    /** The pageable as it is; throws {@link PropertyReferenceException} (400 at the API) for an unknown property. */
    public static Pageable checked(Pageable pageable, Class<?> entityType) {
        pageable.getSort().forEach(order -> PropertyPath.from(order.getProperty(), entityType));
        return pageable;
    }
}
