package dev.berth.app;

import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.LocalEndpoint;
import dev.berth.sim.wire.AwsEndpoint;
import dev.berth.sim.wire.SigV4Verifier;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The GUI's world as a local AWS endpoint: the same server as {@code serve}, over the gateway the views use, so a
 * CLI call and a click change the same world, and a lesson's practice world is served while the lesson is open.
 */
final class GuiEndpoint implements LocalEndpoint {
    private final Gateway served;
    private AwsEndpoint endpoint;

    GuiEndpoint(Gateway served) {
        this.served = served;
    }

    @Override
    public synchronized URI start(int port) {
        if (endpoint != null) {
            return endpoint.uri();
        }
        try {
            endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), served,
                    new SigV4Verifier(SigV4Verifier.DEFAULT_KEY, SigV4Verifier.DEFAULT_SECRET), Instant::now);
            return endpoint.uri();
        } catch (IOException e) {
            throw new GatewayException("EndpointUnavailable", "Port " + port + " on 127.0.0.1 is not free ("
                    + e.getMessage() + "). Stop what uses it (another Berth or LocalStack) and try again.", false);
        }
    }

    @Override
    public synchronized void stop() {
        if (endpoint != null) {
            endpoint.close();
            endpoint = null;
        }
    }

    @Override
    public synchronized Optional<URI> running() {
        return Optional.ofNullable(endpoint).map(AwsEndpoint::uri);
    }
}
