package dev.berth.contract;

import dev.berth.aws.AwsGateway;
import dev.berth.aws.AwsTarget;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.sim.wire.AwsEndpoint;
import dev.berth.sim.wire.SigV4Verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;

/**
 * The simulator's endpoint on an ephemeral loopback port and an {@link AwsGateway} pointed at it with the endpoint's
 * static credentials (test/test): the real SDK path, end to end, without AWS.
 */
public record LocalAws(AwsEndpoint endpoint, AwsGateway gateway) implements AutoCloseable {

    public static LocalAws serve(EcsGateway ecs, boolean writesAllowed) {
        try {
            AwsEndpoint endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), ecs,
                    new SigV4Verifier("test", "test"), Instant::now);
            return new LocalAws(endpoint, new AwsGateway(AwsTarget.endpoint(endpoint.uri(), "us-east-1", "test",
                    "test"), writesAllowed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        gateway.close();
        endpoint.close();
    }
}
