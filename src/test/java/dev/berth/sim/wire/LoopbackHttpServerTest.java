package dev.berth.sim.wire;

import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The endpoint's HTTP/1.1 server over raw sockets: what AWS clients send, and what no client should. */
class LoopbackHttpServerTest {
    private static final Instant NOW = Instant.parse("2026-11-05T09:03:07Z");
    private LoopbackHttpServer server;

    /** Answers with what it was asked: method, path, query, one header's values and the body it read. */
    @BeforeEach
    void start() throws IOException {
        server = LoopbackHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), request -> {
            byte[] body = request.body().readAllBytes();
            String echo = request.method() + " " + request.rawPath() + " ?" + request.rawQuery() + " x-test="
                    + request.headers().get("x-test") + " body=" + new String(body, StandardCharsets.UTF_8);
            byte[] bytes = echo.getBytes(StandardCharsets.UTF_8);
            return new LoopbackHttpServer.Response(200, Map.of("Content-Type", "text/plain"), bytes, bytes.length);
        }, () -> NOW);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    @Test
    void severalRequestsAreAnsweredInTurnOnOneKeptAliveConnection() throws IOException {
        try (Socket socket = connect()) {
            for (int i = 0; i < 3; i++) {
                send(socket, "POST /a%20b?x=" + i + " HTTP/1.1\r\nHost: h\r\nX-Test: " + i
                        + "\r\nContent-Length: 5\r\n\r\nhello");
                Answer answer = read(socket.getInputStream());
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo("POST /a%20b ?x=" + i + " x-test=[" + i + "] body=hello");
                assertThat(answer.headers()).containsEntry("connection", "keep-alive")
                        .containsEntry("date", "Thu, 05 Nov 2026 09:03:07 GMT")
                        .containsEntry("content-type", "text/plain");
            }
        }
    }

    @Test
    void headerNamesAreFoundInAnyCaseWithTheirValuesTrimmedAndARepeatedOneKeepsItsValuesInOrder() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET / HTTP/1.1\r\nHost: h\r\nx-TEST: \t first \r\nX-Test:second\r\n\r\n");
            assertThat(read(socket.getInputStream()).body()).isEqualTo("GET / ?null x-test=[first, second] body=");
        }
    }

    @Test
    void aChunkedBodyIsReadWholeAndTheNextRequestFollowsIt() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "PUT /k HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nTrailer: t\r\n\r\n"
                    + "GET /next HTTP/1.1\r\nHost: h\r\n\r\n");
            assertThat(read(socket.getInputStream()).body()).isEqualTo("PUT /k ?null x-test=null body=hello, world");
            assertThat(read(socket.getInputStream()).body()).isEqualTo("GET /next ?null x-test=null body=");
        }
    }

    @Test
    void aRequestWithBothContentLengthAndChunkedIsAnswered400AndTheConnectionClosed() throws IOException {
        Answer answer = answerThenClosed("PUT /k HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void aChunkedBodyWithABrokenChunkSizeIsAnswered400AndTheConnectionClosed() throws IOException {
        Answer answer = answerThenClosed(
                "PUT /k HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Malformed chunk size");
    }

    @Test
    void aConnectionHeaderListingCloseAmongOthersClosesTheConnectionAfterTheAnswer() throws IOException {
        Answer answer = answerThenClosed("GET /a HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, Close\r\n\r\n");
        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void anExpectationOtherThanContinueIsAnswered417() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "PUT /k HTTP/1.1\r\nHost: h\r\nExpect: something-else\r\nContent-Length: 0\r\n\r\n");
            assertThat(read(socket.getInputStream()).status()).isEqualTo(417);
        }
    }

    @Test
    void aClientThatExpectsContinueIsToldToSendItsBody() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "PUT /upload HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
            InputStream in = socket.getInputStream();
            assertThat(line(in)).isEqualTo("HTTP/1.1 100 Continue");
            assertThat(line(in)).isEmpty();
            send(socket, "data");
            assertThat(read(in).body()).isEqualTo("PUT /upload ?null x-test=null body=data");
        }
    }

    @Test
    void aMalformedRequestLineIsAnswered400AndTheConnectionClosed() throws IOException {
        Answer answer = answerThenClosed("NOT A REQUEST LINE\r\n\r\n");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers()).containsEntry("connection", "close");
    }

    @Test
    void aLaterHttp1VersionIsServedAsHttp11AnotherMajorVersionIsAnswered505AndAMalformedOne400() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /later HTTP/1.2\r\nHost: h\r\n\r\n");
            assertThat(read(socket.getInputStream()).body()).startsWith("GET /later");
        }
        Answer http2 = answerThenClosed("GET / HTTP/2.0\r\nHost: h\r\n\r\n");
        assertThat(http2.status()).isEqualTo(505);
        assertThat(http2.headers()).containsEntry("connection", "close");
        assertThat(answerThenClosed("GET / HTTP/2\r\nHost: h\r\n\r\n").status()).isEqualTo(400);
    }

    @Test
    void aMalformedHeaderIsAnswered400() throws IOException {
        assertThat(answerThenClosed("GET / HTTP/1.1\r\nNo colon here\r\n\r\n").status()).isEqualTo(400);
    }

    @Test
    void aHeadOverTheLimitIsAnswered431() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET / HTTP/1.1\r\nX-Big: " + "a".repeat(LoopbackHttpServer.MAX_HEAD_BYTES) + "\r\n\r\n");
            assertThat(read(socket.getInputStream()).status()).isEqualTo(431);
        }
    }

    @Test
    void closingStopsListeningAndEndsOpenConnections() throws IOException {
        int port = server.address().getPort();
        try (Socket socket = connect()) {
            send(socket, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
            assertThat(read(socket.getInputStream()).status()).isEqualTo(200);
            server.close();
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void aBodyOverTheEndpointsLimitIsAnswered413InTheProtocolsShape() throws IOException {
        Simulator simulator = Simulator.create(new WorldSettings("wire", 11, NOW, "us-east-1", "123456789012"),
                CommandJournal.none());
        try (AwsEndpoint endpoint = WireClients.serve(simulator);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.port())) {
            socket.setSoTimeout(10_000);
            send(socket, "POST / HTTP/1.1\r\nHost: h\r\nX-Amz-Target: AmazonEC2ContainerServiceV20141113.ListClusters"
                    + "\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 9000000\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            byte[] megabyte = new byte[1024 * 1024];
            for (int i = 0; i < 8; i++) {
                out.write(megabyte);
            }
            out.write('x');
            Answer answer = read(socket.getInputStream());
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body()).contains("SerializationException");
            assertThat(answer.headers()).containsEntry("connection", "close");
        }
    }

    @Test
    void closingReturnsOnlyOnceTheRequestsBeingAppliedHaveFinished() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean applied = new AtomicBoolean();
        LoopbackHttpServer applying = LoopbackHttpServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), request -> {
                    entered.countDown();
                    try {
                        release.await();
                        applied.set(true);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new LoopbackHttpServer.Response(204, Map.of(), new byte[0], 0);
                }, () -> NOW);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), applying.address().getPort())) {
            socket.setSoTimeout(10_000);
            send(socket, "POST /change HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n");
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            // Closed from a thread already interrupted: it still waits, and keeps its interrupt.
            CompletableFuture<List<Boolean>> appliedWhenClosedAndInterrupted = CompletableFuture.supplyAsync(() -> {
                Thread.currentThread().interrupt();
                applying.close();
                return List.of(applied.get(), Thread.interrupted());
            });
            // The server has closed the connection, so close() is under way; only now may the change complete.
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            release.countDown();
            assertThat(appliedWhenClosedAndInterrupted.get(10, TimeUnit.SECONDS)).containsExactly(true, true);
        }
    }

    @Test
    void afterFailedAcceptsTheServerPausesBeforeEachRetryAndThenServesAgain() throws Exception {
        List<Long> failedAt = new CopyOnWriteArrayList<>();
        ServerSocket failingThrice = new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                if (failedAt.size() < 3) {
                    failedAt.add(System.nanoTime());
                    throw new IOException("Too many open files");
                }
                return super.accept();
            }
        };
        failingThrice.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
        LoopbackHttpServer recovering = LoopbackHttpServer.serve(failingThrice, request ->
                new LoopbackHttpServer.Response(200, Map.of(), ok, ok.length), () -> NOW);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), recovering.address().getPort())) {
            socket.setSoTimeout(10_000);
            send(socket, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
            assertThat(read(socket.getInputStream()).body()).isEqualTo("ok");
        } finally {
            recovering.close();
        }
        assertThat(failedAt).hasSize(3);
        for (int i = 1; i < failedAt.size(); i++) {
            assertThat(failedAt.get(i) - failedAt.get(i - 1))
                    .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(LoopbackHttpServer.ACCEPT_RETRY_MILLIS));
        }
    }

    /** Sends {@code request} on a connection of its own: the answer, after which the server has closed it. */
    private Answer answerThenClosed(String request) throws IOException {
        try (Socket socket = connect()) {
            send(socket, request);
            Answer answer = read(socket.getInputStream());
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            return answer;
        }
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private record Answer(int status, Map<String, String> headers, String body) {
    }

    /** One answer: status, headers by lower-case name, and a body of its Content-Length. */
    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers,
                new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("closed within a line");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
