package dev.berth.sim.wire;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

/** The deadline for a request's whole head, on a clock the test moves as the bytes arrive. */
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
}
