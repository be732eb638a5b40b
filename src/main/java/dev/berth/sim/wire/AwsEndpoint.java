package dev.berth.sim.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.sim.WorldSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The simulator as an AWS endpoint: one port for every service, routed by {@code X-Amz-Target} (STS, which has
 * none, by the signature's service: GetCallerIdentity answers with the default account), SigV4 checked,
 * answers and errors in each protocol's shape (AWS-BEHAVIOUR.md §1). Built on the JDK's HTTP server.
 */
public final class AwsEndpoint implements AutoCloseable {
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final String AWS_JSON_1_1 = "application/x-amz-json-1.1";

    static {
        // Without TCP_NODELAY the JDK's server sends an answer's body only after the client acknowledges its headers,
        // which the client delays: about 40 ms more per call, 20 times the work of answering a small one.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final ObjectMapper mapper = WireJson.mapper();
    private final Map<String, JsonApi> apis = new LinkedHashMap<>();
    private final SigV4Verifier verifier;
    private final Supplier<Instant> wallClock;
    /** Request ids: unique per endpoint run without drawing on randomness the simulator must not use. */
    private final long startedAt;
    private final AtomicLong requests = new AtomicLong();
    private final StsQueryApi sts = new StsQueryApi(WorldSettings.DEFAULT_ACCOUNT_ID);

    private AwsEndpoint(HttpServer server, EcsGateway ecs, SigV4Verifier verifier, Supplier<Instant> wallClock) {
        this.server = server;
        this.verifier = verifier;
        this.wallClock = wallClock;
        this.startedAt = wallClock.get().toEpochMilli();
        JsonApi ecsApi = new EcsJsonApi(ecs, mapper);
        apis.put(ecsApi.targetPrefix(), ecsApi);
        this.workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "berth-endpoint");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    /**
     * Starts serving on {@code address}.
     *
     * @param wallClock the real time, for the signature's five-minute window; the simulated clock plays no part
     */
    public static AwsEndpoint start(InetSocketAddress address, EcsGateway ecs, SigV4Verifier verifier,
                                    Supplier<Instant> wallClock) throws IOException {
        AwsEndpoint endpoint = new AwsEndpoint(HttpServer.create(address, 64), ecs, verifier, wallClock);
        endpoint.server.start();
        return endpoint;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where clients reach it, e.g. {@code http://127.0.0.1:4566}. */
    public URI uri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestId = new UUID(startedAt, requests.incrementAndGet()).toString();
            Reply reply;
            try {
                reply = answer(exchange, requestId);
            } catch (WireFault fault) {
                reply = Reply.error(fault.status(), fault.errorCode(), fault.getMessage());
            } catch (GatewayException e) {
                int status = e.errorCode().equals("ServerException") ? 500 : 400;
                reply = Reply.error(status, e.errorCode(), e.getMessage());
            } catch (RuntimeException e) {
                System.err.println("Berth endpoint: internal error: " + e);
                reply = Reply.error(500, "ServerException", "An internal error occurred in the simulator.");
            }
            send(exchange, reply, requestId);
        }
    }

    private Reply answer(HttpExchange exchange, String requestId) throws IOException {
        byte[] body = readBody(exchange.getRequestBody());
        var request = new SigV4Verifier.SignedRequest(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(), body);
        SigV4Verifier.Scope scope;
        try {
            scope = verifier.verify(request, wallClock.get());
        } catch (SigV4Verifier.Refusal refusal) {
            throw new WireFault(400, refusal.errorCode(), refusal.getMessage());
        }
        if ("sts".equals(scope.service())) {
            // STS speaks awsQuery: no X-Amz-Target, a form body, XML back.
            try {
                return Reply.ok(sts.call(new String(body, StandardCharsets.UTF_8), scope.accessKeyId(), requestId),
                        StsQueryApi.CONTENT_TYPE);
            } catch (WireFault fault) {
                return new Reply(fault.status(), StsQueryApi.error(fault.errorCode(), fault.getMessage(), requestId),
                        StsQueryApi.CONTENT_TYPE, null, null);
            }
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (!"POST".equals(exchange.getRequestMethod()) || target == null || !target.contains(".")) {
            throw WireFault.unknownOperation(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        }
        String prefix = target.substring(0, target.indexOf('.'));
        JsonApi api = apis.get(prefix);
        if (api == null) {
            throw WireFault.unknownOperation(target);
        }
        JsonNode input = parse(body);
        return Reply.ok(mapper.writeValueAsBytes(api.call(target.substring(prefix.length() + 1), input)),
                AWS_JSON_1_1);
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw WireFault.serialization("The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw WireFault.serialization("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw WireFault.serialization("The request body could not be read.");
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new WireFault(413, "SerializationException", "The request body is larger than 8 MiB.");
        }
        return body;
    }

    private void send(HttpExchange exchange, Reply reply, String requestId) throws IOException {
        byte[] bytes = reply.body != null ? reply.body : mapper.writeValueAsBytes(
                Map.of("__type", reply.errorCode, "message", reply.message));
        var headers = exchange.getResponseHeaders();
        headers.put("Content-Type", List.of(reply.contentType));
        headers.put("x-amzn-RequestId", List.of(requestId));
        headers.put("Date", List.of(DateTimeFormatter.RFC_1123_DATE_TIME.format(wallClock.get().atOffset(ZoneOffset.UTC))));
        exchange.sendResponseHeaders(reply.status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private record Reply(int status, byte[] body, String contentType, String errorCode, String message) {
        static Reply ok(byte[] body, String contentType) {
            return new Reply(200, body, contentType, null, null);
        }

        static Reply error(int status, String errorCode, String message) {
            return new Reply(status, null, AWS_JSON_1_1, errorCode, message == null ? "" : message);
        }
    }
}
