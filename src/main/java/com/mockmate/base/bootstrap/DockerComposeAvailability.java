package com.mockmate.base.bootstrap;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns Spring Boot's Docker Compose support off where no Docker engine answers. Without this, a machine with only the
 * docker CLI (or none) would fail at start-up instead of using the PostgreSQL and Redis already on localhost.
 */
public class DockerComposeAvailability implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String ENABLED_PROPERTY = "spring.docker.compose.enabled";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var environment = event.getEnvironment();
        if (environment.containsProperty(ENABLED_PROPERTY)) {
            return;
        }
        if (!dockerEngineReachable(System.getenv("DOCKER_HOST"))) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("mockmateDockerDetection", Map.of(ENABLED_PROPERTY, "false")));
        }
    }

    /** A TCP DOCKER_HOST is trusted as given; a unix socket must accept a connection, not merely exist. */
    static boolean dockerEngineReachable(String dockerHost) {
        if (dockerHost != null && !dockerHost.isBlank() && !dockerHost.startsWith("unix://")) {
            return true;
        }
        var socket = dockerHost != null && dockerHost.startsWith("unix://")
                ? Path.of(dockerHost.substring("unix://".length()))
                : Path.of("/var/run/docker.sock");
        if (!Files.exists(socket)) {
            return false;
        }
        try (var channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return false;
        }
    }
}
