package com.mockmate.base.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The properties a paged list can be sorted by, on its {@code Pageable} parameter. Any other {@code sort} value is a 400
 * naming these; a list without the annotation has a fixed order and takes no {@code sort} at all (only its
 * {@code @PageableDefault} one).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SortableBy {

    String[] value();
}
