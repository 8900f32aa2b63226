package com.mockmate.base.api.input;

import com.mockmate.base.api.SortableBy;
import com.mockmate.base.error.BadRequestException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Spring Data's pageable, made strict: Spring Data reads {@code page=-1} or {@code page=abc} as the first page, clamps
 * {@code size} silently and takes {@code page=2147483647}, whose offset then overflows in the query (a 500). Here each
 * is a 400 that says what is allowed, and so is a sort property the endpoint does not offer ({@link SortableBy}).
 */
class StrictPageableResolver implements HandlerMethodArgumentResolver {

    private static final String PAGE = "page";
    private static final String SIZE = "size";
    private static final int MAX_QUOTED = 40;

    private final PageableHandlerMethodArgumentResolver pageables;

    StrictPageableResolver(PageableHandlerMethodArgumentResolver pageables) {
        this.pageables = pageables;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return pageables.supportsParameter(parameter);
    }

    @Override
    public Pageable resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binderFactory) {
        wholeNumber(request, PAGE, 0);
        var size = wholeNumber(request, SIZE, 1);
        var pageable = pageables.resolveArgument(parameter, mavContainer, request, binderFactory);
        if (size != null && size > pageable.getPageSize()) {
            throw new BadRequestException("'size' can be at most " + pageable.getPageSize() + ".");
        }
        if (((long) pageable.getPageNumber() + 1) * pageable.getPageSize() > Integer.MAX_VALUE) {
            throw new BadRequestException("'page' can be at most " + (Integer.MAX_VALUE / pageable.getPageSize() - 1)
                    + " with pages of " + pageable.getPageSize() + ".");
        }
        checkSort(parameter, pageable.getSort());
        return pageable;
    }

    private static @Nullable Integer wholeNumber(NativeWebRequest request, String name, int min) {
        var values = request.getParameterValues(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return null;
        }
        var problem = "'" + name + "' must be a whole number of at least " + min + ", given once.";
        if (values.length > 1) {
            throw new BadRequestException(problem);
        }
        try {
            var number = Integer.parseInt(values[0].strip());
            if (number < min) {
                throw new BadRequestException(problem);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadRequestException(problem);
        }
    }

    private static void checkSort(MethodParameter parameter, Sort sort) {
        var allowed = sortable(parameter);
        for (var order : sort) {
            if (!allowed.contains(order.getProperty())) {
                throw new BadRequestException(
                        allowed.isEmpty()
                                ? "This list has a fixed order and takes no 'sort'."
                                : "Cannot sort by '" + quoted(order.getProperty()) + "'. Sort by one of: "
                                        + String.join(", ", allowed) + ".");
            }
        }
    }

    private static Set<String> sortable(MethodParameter parameter) {
        var allowed = new LinkedHashSet<String>();
        var sortableBy = parameter.getParameterAnnotation(SortableBy.class);
        if (sortableBy != null) {
            allowed.addAll(List.of(sortableBy.value()));
        }
        var defaults = parameter.getParameterAnnotation(PageableDefault.class);
        if (defaults != null) {
            allowed.addAll(List.of(defaults.sort()));
        }
        return allowed;
    }

    private static String quoted(String property) {
        return property.length() <= MAX_QUOTED ? property : property.substring(0, MAX_QUOTED) + "...";
    }
}
