package com.mockmate.base.api.input;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link StrictPageableResolver} ahead of Spring Data's own, which it delegates to. */
@Configuration
@Order(Ordered.HIGHEST_PRECEDENCE)
class PagingConfig implements WebMvcConfigurer {

    private final ObjectProvider<PageableHandlerMethodArgumentResolver> pageables;

    PagingConfig(ObjectProvider<PageableHandlerMethodArgumentResolver> pageables) {
        this.pageables = pageables;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new StrictPageableResolver(pageables.getObject()));
    }
}
