package dev.berth.sim.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.sim.WorldSettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The simulator as an AWS endpoint: one port for every service, SigV4 checked, answers and errors in each protocol's
 * shape (AWS-BEHAVIOUR.md §1). JSON-RPC requests are routed by {@code X-Amz-Target}; a request without one is REST,
 * routed by its signing scope's service: EKS and EFS by method and path; S3 by method, path and sub-resource
 * (restXml, {@link S3RestApi}); STS, Elastic Load Balancing, CloudWatch, IAM, EC2 Auto Scaling, SNS and EC2 speak
 * awsQuery (a form body, XML back; {@link QueryProtocol}). Served by {@link LoopbackHttpServer}.
 */
public final class AwsEndpoint implements AutoCloseable {
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    /** An AWS JSON request is a few hundred bytes; a task definition with many containers a few tens of KB. */
    private static final int PRESIZED_BODY_BYTES = 256 * 1024;
    private static final String REST_JSON = "application/json";
    private static final int KEPT_BUFFER_BYTES = 1024 * 1024;
    private static final ThreadLocal<AnswerBuffer> ANSWER_BUFFER = ThreadLocal.withInitial(AnswerBuffer::new);
    /** How a request is answered when its X-Amz-Target names no service served here: as ECS answers. */
    private static final JsonApi UNROUTED = new JsonApi() {
        @Override
        public String targetPrefix() {
            return "";
        }

        @Override
        public Object call(String operation, JsonNode input) {
            throw WireFault.unknownOperation(operation);
        }
    };

    private final LoopbackHttpServer server;
    private final ObjectMapper mapper = WireJson.mapper();
    private final Map<String, JsonApi> apis = new LinkedHashMap<>();
    private final EksRestApi eks;
    private final EfsRestApi efs;
    private final S3RestApi s3;
    private final SigV4Verifier verifier;
    private final Supplier<Instant> wallClock;
    /** Request ids: unique per endpoint run without drawing on randomness the simulator must not use. */
    private final long startedAt;
    private final AtomicLong requests = new AtomicLong();
    private final QueryProtocol query;

    private AwsEndpoint(InetSocketAddress address, Gateway gateway, SigV4Verifier verifier,
                        Supplier<Instant> wallClock) throws IOException {
        this.verifier = verifier;
        this.wallClock = wallClock;
        this.startedAt = wallClock.get().toEpochMilli();
        for (JsonApi api : List.of(new EcsJsonApi(gateway.ecs(), mapper), new EcrJsonApi(gateway.ecr(), mapper),
                new AppRunnerJsonApi(gateway.appRunner(), mapper),
                new ApplicationAutoScalingJsonApi(gateway.scaling()), new EventsJsonApi(gateway.events()),
                new SqsJsonApi(gateway.sqs()), new DynamoDbJsonApi(gateway.dynamoDb()))) {
            apis.put(api.targetPrefix(), api);
        }
        this.eks = new EksRestApi(gateway.eks(), mapper);
        this.query = new QueryProtocol(List.of(new StsQueryApi(WorldSettings.DEFAULT_ACCOUNT_ID),
                new ElbQueryApi(gateway.elb()), new ClassicElbQueryApi(gateway.elb()),
                new CloudWatchQueryApi(gateway.cloudWatch()), new IamQueryApi(gateway.iam()),
                new AutoScalingQueryApi(gateway.autoScalingGroups()), new SnsQueryApi(gateway.sns()),
                new Ec2QueryApi(gateway.ec2(), WorldSettings.DEFAULT_ACCOUNT_ID)));
        this.efs = new EfsRestApi(gateway.efs());
        this.s3 = new S3RestApi(gateway.s3());
        // Last: the server calls handle as soon as it listens.
        this.server = LoopbackHttpServer.start(address, this::handle, wallClock);
    }

    /**
     * Starts serving on {@code address}.
     *
     * @param wallClock the real time, for the signature's five-minute window; the simulated clock plays no part
     */
    public static AwsEndpoint start(InetSocketAddress address, Gateway gateway, SigV4Verifier verifier,
                                    Supplier<Instant> wallClock) throws IOException {
        return new AwsEndpoint(address, gateway, verifier, wallClock);
    }

    public int port() {
        return server.address().getPort();
    }

    public URI uri() {
        return URI.create("http://" + server.address().getAddress().getHostAddress() + ":" + port());
    }

    private LoopbackHttpServer.Response handle(LoopbackHttpServer.Request exchange) throws IOException {
        // restJson1 (EKS) carries no X-Amz-Target; its errors have another shape (AWS-BEHAVIOUR.md §1.1).
        String target = exchange.header("X-Amz-Target");
        boolean rest = target == null;
        JsonApi api = route(target);
        String requestId = new UUID(startedAt, requests.incrementAndGet()).toString();
        Reply reply;
        try {
            reply = answer(exchange, rest, api, requestId);
        } catch (WireFault fault) {
            reply = Reply.error(fault.status(), fault.errorCode(), fault.getMessage());
        } catch (GatewayException e) {
            int status = rest ? EksRestApi.status(e.errorCode())
                    : e.errorCode().equals(api.internalErrorCode()) ? 500 : 400;
            reply = Reply.error(status, e.errorCode(), e.getMessage());
        } catch (RuntimeException e) {
            System.err.println("Berth endpoint: internal error: " + e);
            reply = Reply.error(500, api.internalErrorCode(), "An internal error occurred in the simulator.");
        }
        return send(reply, rest, api, requestId);
    }

    /** The service the target names, or {@link #UNROUTED}; known before the signature check, so its errors fit. */
    private JsonApi route(String target) {
        if (target == null || !target.contains(".")) {
            return UNROUTED;
        }
        return apis.getOrDefault(target.substring(0, target.indexOf('.')), UNROUTED);
    }

    private Reply answer(LoopbackHttpServer.Request exchange, boolean rest, JsonApi api, String requestId) throws IOException {
        byte[] body = readBody(exchange);
        var request = new SigV4Verifier.SignedRequest(exchange.method(), exchange.rawPath(), exchange.rawQuery(),
                exchange.headers(), body);
        SigV4Verifier.Scope scope;
        try {
            scope = verifier.verify(request, wallClock.get());
        } catch (SigV4Verifier.Refusal refusal) {
            String claimed = SigV4Verifier.claimedService(request.header("Authorization"));
            if (rest && S3RestApi.SIGNING_NAME.equals(claimed)) {
                return s3Reply(S3RestApi.refusal(refusal.errorCode(), refusal.getMessage(), requestId), requestId);
            }
            if (rest && claimed != null && query.serves(claimed)) {
                QueryProtocol.Answer answer = query.refusal(claimed, refusal.errorCode(), refusal.getMessage(),
                        requestId);
                return Reply.of(answer.status(), answer.body(), QueryApi.CONTENT_TYPE);
            }
            // REST services refuse with 403, the JSON-RPC ones with 400 (AWS-BEHAVIOUR.md §1.2).
            throw new WireFault(rest ? 403 : 400, refusal.errorCode(), refusal.getMessage());
        }
        if (rest && query.serves(scope.service())) {
            QueryProtocol.Answer answer = query.answer(scope.service(), scope.accessKeyId(), body, requestId);
            return Reply.of(answer.status(), answer.body(), QueryApi.CONTENT_TYPE);
        }
        if (rest && S3RestApi.SIGNING_NAME.equals(scope.service())) {
            S3RestApi.Answer answer;
            try {
                answer = s3.call(exchange.method(), exchange.rawPath(),
                        exchange.rawQuery(), request::header, body);
            } catch (WireFault fault) {
                answer = S3RestApi.error(fault.status(), fault.errorCode(), fault.getMessage(), requestId);
            }
            return s3Reply(answer, requestId);
        }
        if (rest && "elasticfilesystem".equals(scope.service())) {
            EfsRestApi.Answer answer = efs.call(exchange.method(), exchange.rawPath(),
                    exchange.rawQuery(), parse(body));
            byte[] json = answer.body() == null ? new byte[0] : mapper.writeValueAsBytes(answer.body());
            return Reply.of(answer.status(), json, REST_JSON);
        }
        if (rest) {
            if (!"eks".equals(scope.service())) {
                throw WireFault.unknownOperation(exchange.method() + " "
                        + exchange.path());
            }
            return json(eks.call(exchange.method(), exchange.rawPath(),
                    exchange.rawQuery(), parse(body)), REST_JSON);
        }
        String target = exchange.header("X-Amz-Target");
        if (!"POST".equals(exchange.method()) || !target.contains(".")) {
            throw WireFault.unknownOperation(exchange.method() + " " + exchange.path());
        }
        if (api == UNROUTED) {
            throw WireFault.unknownOperation(target);
        }
        JsonNode input = parse(body);
        return json(api.call(target.substring(target.indexOf('.') + 1), input), api.contentType());
    }

    /** S3 names its request id in a header of its own. */
    private static Reply s3Reply(S3RestApi.Answer answer, String requestId) {
        Map<String, String> headers = new LinkedHashMap<>(answer.headers());
        headers.put("x-amz-request-id", requestId);
        byte[] body = answer.body() == null ? new byte[0] : answer.body();
        return new Reply(answer.status(), body, body.length, S3RestApi.CONTENT_TYPE, null, null, headers);
    }

    /**
     * An answer written into this worker's buffer, which the next answer on this thread reuses: a DescribeServices
     * answer is up to a few hundred KB, and writing it into a fresh array and then copying it out doubled the
     * endpoint's garbage. A buffer that once grew past {@link #KEPT_BUFFER_BYTES} is not kept.
     */
    private Reply json(Object output, String contentType) throws IOException {
        AnswerBuffer buffer = ANSWER_BUFFER.get();
        buffer.reset();
        mapper.writeValue(buffer, output);
        if (buffer.capacity() > KEPT_BUFFER_BYTES) {
            ANSWER_BUFFER.remove();
        }
        return Reply.ok(buffer.array(), buffer.size(), contentType);
    }

    private ObjectNode parse(byte[] body) {
        if (body.length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw WireFault.serialization("The request body must be a JSON object.");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw WireFault.serialization("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw WireFault.serialization("The request body could not be read.");
        }
    }

    /**
     * Reads a body of a declared length up to {@link #PRESIZED_BODY_BYTES} straight into an array of that size: reading
     * a body of unknown length goes through 16 KB chunks copied out at the end, which was a quarter of what the
     * endpoint allocated per request. A larger body is read as it arrives, so that clients declaring large bodies they
     * do not send cannot make the endpoint hold 8 MiB for each; a chunked body, or one declared too large, is read up
     * to one byte past the limit.
     */
    private static byte[] readBody(LoopbackHttpServer.Request exchange) throws IOException {
        InputStream in = exchange.body();
        int declared = declaredLength(exchange.header("Content-Length"));
        if (declared > PRESIZED_BODY_BYTES) {
            return in.readNBytes(declared);
        }
        if (declared >= 0) {
            byte[] body = new byte[declared];
            int read = in.readNBytes(body, 0, declared);
            return read == declared ? body : Arrays.copyOf(body, read);
        }
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new WireFault(413, "SerializationException", "The request body is larger than 8 MiB.");
        }
        return body;
    }

    /** The Content-Length header's value if it is a length within the limit, else -1. */
    private static int declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            long length = Long.parseLong(header.trim());
            return length <= MAX_BODY_BYTES ? (int) length : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** restJson1 names the error in a header and keeps only the message in the body. */
    private LoopbackHttpServer.Response send(Reply reply, boolean rest, JsonApi api, String requestId)
            throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] bytes;
        int length;
        if (reply.body != null) {
            bytes = reply.body;
            length = reply.length;
        } else if (rest) {
            headers.put("x-amzn-ErrorType", reply.errorCode);
            bytes = mapper.writeValueAsBytes(Map.of("message", reply.message));
            length = bytes.length;
        } else {
            bytes = mapper.writeValueAsBytes(Map.of("__type", api.errorType(reply.errorCode), api.errorMessageMember(), reply.message));
            headers.putAll(api.errorHeaders(reply.errorCode));
            length = bytes.length;
        }
        headers.put("Content-Type", reply.contentType != null ? reply.contentType
                : rest ? REST_JSON : api.contentType());
        headers.put("x-amzn-RequestId", requestId);
        headers.putAll(reply.headers);
        return new LoopbackHttpServer.Response(reply.status, headers, bytes, length);
    }


    @Override
    public void close() {
        server.close();
    }

    /**
     * An answer: the first {@code length} bytes of {@code body}; {@code contentType} null for an error, which takes its
     * protocol's; {@code headers} besides those every answer has.
     */
    private record Reply(int status, byte[] body, int length, String contentType, String errorCode, String message,
                         Map<String, String> headers) {
        static Reply ok(byte[] body, int length, String contentType) {
            return new Reply(200, body, length, contentType, null, null, Map.of());
        }

        static Reply of(int status, byte[] body, String contentType) {
            return new Reply(status, body, body.length, contentType, null, null, Map.of());
        }

        static Reply error(int status, String errorCode, String message) {
            return new Reply(status, null, 0, null, errorCode, message == null ? "" : message, Map.of());
        }
    }

    /** A byte buffer whose array is handed out as it is, for the answer written last on this thread. */
    private static final class AnswerBuffer extends ByteArrayOutputStream {
        AnswerBuffer() {
            super(16 * 1024);
        }

        byte[] array() {
            return buf;
        }

        int capacity() {
            return buf.length;
        }
    }
}
