package dev.berth.ui.testing;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.LocalEndpoint;

import java.net.URI;
import java.util.Optional;

/** A local endpoint that serves nothing: it remembers whether it was started, or refuses as a taken port does. */
public final class FakeLocalEndpoint implements LocalEndpoint {
    private URI running;
    private boolean portTaken;

    /** The next starts fail as they do when another program listens on the port. */
    public void takePort() {
        portTaken = true;
    }

    @Override
    public URI start(int port) {
        if (portTaken) {
            throw new GatewayException("EndpointUnavailable", "Port " + port + " on 127.0.0.1 is not free.", false);
        }
        running = URI.create("http://127.0.0.1:" + port);
        return running;
    }

    @Override
    public void stop() {
        running = null;
    }

    @Override
    public Optional<URI> running() {
        return Optional.ofNullable(running);
    }
}
