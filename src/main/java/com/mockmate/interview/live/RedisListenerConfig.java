package com.mockmate.interview.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

@Configuration
class RedisListenerConfig {

    @Bean
    RedisMessageListenerContainer redisMessageListenerContainer(RedisConnectionFactory connectionFactory) {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connectionFactory);
        // The default executor starts a platform thread for every message; one event per answer and instance adds up.
        var executor = new SimpleAsyncTaskExecutor("redis-listener-");
        executor.setVirtualThreads(true);
        container.setTaskExecutor(executor);
        return container;
    }
}
