package dev.berth.sim.wire;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The deadlines for a request's whole head and for an answer's write, on a clock the test moves. */
class HttpConnectionTest {
    private long now;
    private final List<Integer> timeouts = new ArrayList<>();
    private final List<String> handled = new ArrayList<>();
    private final ByteArrayOutputStream answers = new ByteArrayOutputStream();

    /** Hands out {@code pieces} one per read, each {@code secondsApart} after the one before. */
    private InputStream arriving(long secondsApart, String... pieces) {
        Deque<byte[]> left = new ArrayDeque<>();
        for (String piece : pieces) {
            left.add(piece.getBytes(StandardCharsets.ISO_8859_1));
        }
        return new InputStream() {
            @Override
            public int read() {
                throw new UnsupportedOperationException("the connection reads into its buffer");
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (left.isEmpty()) {
                    return -1;
                }
                now += TimeUnit.SECONDS.toNanos(secondsApart);
                byte[] piece = left.poll();
                System.arraycopy(piece, 0, into, offset, piece.length);
                return piece.length;
            }
        };
    }

    private HttpConnection connection(InputStream in) {
        return new HttpConnection(in, answers, request -> {
            handled.add(request.rawPath());
            return new LoopbackHttpServer.Response(204, Map.of(), new byte[0], 0);
        }, () -> "Thu, 26 Nov 2026 13:00:00 GMT", timeouts::add, () -> now);
    }

    @Test
    void aHeadTricklingInPastItsDeadlineEndsTheConnectionUnanswered() {
        String head = "GET /slow HTTP/1.1\r\nHost: h\r\n\r\n";
        HttpConnection connection = connection(arriving(1, head.split("")));

        assertThatThrownBy(connection::serve).isInstanceOf(SocketTimeoutException.class);

        assertThat(handled).isEmpty();
        assertThat(answers.size()).isZero();
        assertThat(timeouts).isNotEmpty().allSatisfy(millis -> assertThat(millis)
                .isLessThanOrEqualTo((int) HttpConnection.HEAD_MILLIS));
    }

    @Test
    void aHeadWithinItsDeadlineIsAnsweredAndTheConnectionThenWaitsTheIdleTimeoutAgain() throws IOException {
        connection(arriving(3, "GET /quick HTTP/1.1\r\n", "Host: h\r\n\r\n")).serve();

        assertThat(handled).containsExactly("/quick");
        assertThat(answers.toString(StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 204");
        assertThat(timeouts).containsExactly((int) HttpConnection.HEAD_MILLIS, LoopbackHttpServer.IDLE_MILLIS);
    }

    @Test
    void anAnswerTheClientStopsTakingIsCutOffOnceItWaitedLongerThanTheWriteLimit() {
        HttpConnection[] connection = new HttpConnection[1];
        boolean[] closed = new boolean[1];
        OutputStream stalled = new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException("the connection writes whole buffers");
            }

            /** The client takes nothing: time passes, the server's sweeper looks, and the write fails once closed. */
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                now += TimeUnit.MILLISECONDS.toNanos(HttpConnection.WRITE_MILLIS - 1);
                connection[0].closeIfStuckWriting();
                assertThat(closed[0]).as("closed before the limit").isFalse();
                now += TimeUnit.MILLISECONDS.toNanos(2);
                connection[0].closeIfStuckWriting();
                if (closed[0]) {
                    throw new IOException("Socket closed");
                }
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        connection[0] = new HttpConnection(arriving(0, "GET /big HTTP/1.1\r\nHost: h\r\n\r\n"), stalled,
                request -> new LoopbackHttpServer.Response(200, Map.of(), new byte[10], 10), () -> "date",
                timeouts::add, () -> now);

        assertThatThrownBy(connection[0]::serve).isInstanceOf(IOException.class).hasMessage("Socket closed");
        assertThat(closed[0]).isTrue();
    }
}
