package dev.berth.core.gateway;

import java.net.URI;
import java.util.Optional;

/**
 * The world the app shows, served as a local AWS endpoint while the app runs, so the AWS CLI, SDKs and scripts can
 * drive it while the user watches it in the views (simulator only). Loopback only, default credentials.
 */
public interface LocalEndpoint {
    /** The port the AWS CLI examples use; LocalStack's, so existing scripts and profiles work unchanged. */
    int DEFAULT_PORT = 4566;

    /** Starts serving on 127.0.0.1:{@code port}; throws GatewayException when the port is taken. */
    URI start(int port);

    void stop();

    /** Where it is serving, while it is. */
    Optional<URI> running();
}
