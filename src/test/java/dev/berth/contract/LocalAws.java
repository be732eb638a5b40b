package dev.berth.contract;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.gateway.Gateway;
import dev.berth.sim.Simulator;
import dev.berth.ui.testing.SteppedClock;
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
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The simulator's endpoint on an ephemeral loopback port and an {@link AwsGateway} pointed at it with the endpoint's
 * static credentials (test/test): the real SDK path, end to end, without AWS.
 */
public record LocalAws(AwsEndpoint endpoint, AwsGateway gateway) implements AutoCloseable {

    public static LocalAws serve(EcsGateway ecs, boolean writesAllowed) {
        return servePart("ecs", ecs, writesAllowed);
    }

    /** The endpoint serving {@code served} as the gateway's part {@code part} (e.g. "appRunner"). */
    public static LocalAws servePart(String part, Object served, boolean writesAllowed) {
        return serveParts(Map.of(part, served), writesAllowed);
    }

    /** The endpoint serving each of {@code parts} as the gateway's part of that name (e.g. "eks" and "ec2"). */
    public static LocalAws serveParts(Map<String, Object> parts, boolean writesAllowed) {
        return start(serving(parts), writesAllowed);
    }

    /** The endpoint serving every service of {@code simulator}, as {@code berth serve} does. */
    public static LocalAws serveWorld(Simulator simulator, boolean writesAllowed) {
        return start(new SimulatorBackend(simulator, new SteppedClock(simulator)), writesAllowed);
    }

    private static LocalAws start(Gateway served, boolean writesAllowed) {
        try {
            AwsEndpoint endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    served, new SigV4Verifier("test", "test"), Instant::now);
            return new LocalAws(endpoint, new AwsGateway(AwsTarget.endpoint(endpoint.uri(), "us-east-1", "test",
                    "test"), writesAllowed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An implementation of {@code type} that sends every call to whatever {@code target} supplies at that moment. */
    public static <T> T forwardingTo(Class<T> type, Supplier<? extends T> target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(target.get(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    @Override
    public void close() {
        gateway.close();
        endpoint.close();
    }

    /** The endpoint serves a whole gateway; these tests serve some parts, with the others of an empty world. */
    private static Gateway serving(Map<String, Object> parts) {
        FakeGateway others = new FakeGateway();
        return (Gateway) Proxy.newProxyInstance(Gateway.class.getClassLoader(), new Class<?>[]{Gateway.class},
                (proxy, method, args) -> {
                    if (parts.containsKey(method.getName())) {
                        return parts.get(method.getName());
                    }
                    try {
                        return method.invoke(others, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
