package dev.berth.contract;

import dev.berth.core.gateway.Gateway;
import dev.berth.ui.testing.FakeGateway;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
            AwsEndpoint endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    servingEcs(ecs), new SigV4Verifier("test", "test"), Instant::now);
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

    /** The endpoint serves a whole gateway; these tests serve one ECS, with the other services of an empty world. */
    private static Gateway servingEcs(EcsGateway ecs) {
        FakeGateway others = new FakeGateway();
        return (Gateway) Proxy.newProxyInstance(Gateway.class.getClassLoader(), new Class<?>[]{Gateway.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("ecs")) {
                        return ecs;
                    }
                    try {
                        return method.invoke(others, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
