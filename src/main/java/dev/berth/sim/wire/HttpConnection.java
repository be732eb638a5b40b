package dev.berth.sim.wire;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One client connection of {@link LoopbackHttpServer}: reads requests one after another from its own buffer, hands
 * each to the handler with its body, writes the answer, and goes on while both sides keep the connection alive.
 */
final class HttpConnection {
    /** A body the handler left unread is read away up to this much; beyond it the connection is closed instead. */
    private static final int DRAIN_BYTES = 64 * 1024;
    /** An answer whose head and body fit is written in one go; a larger body is written after its head. */
    private static final int OUT_BUFFER_BYTES = 32 * 1024;
    /** Headers the server writes itself, over any the handler gives. */
    private static final Set<String> SERVER_HEADERS = Set.of("date", "content-length", "connection",
            "transfer-encoding");
    /**
     * RFC 9112's HTTP-version. A well-formed version of another major number is answered 505, a malformed one 400; a
     * later 1.x is served as 1.1, as RFC 9110 section 2.5 asks.
     */
    private static final Pattern HTTP_VERSION = Pattern.compile("HTTP/[0-9]\\.[0-9]");
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    /**
     * A request's whole head must arrive within this once its first byte has: the idle timeout alone counts per read,
     * so a client sending a byte now and then would hold its thread for as long as it liked.
     */
    static final long HEAD_MILLIS = 10_000;

    /** An answer the client has not taken in this long (it stopped reading) ends its connection. */
    static final long WRITE_MILLIS = 30_000;

    /** Sets the socket's read timeout (what {@link java.net.Socket#setSoTimeout} does). */
    @FunctionalInterface
    interface ReadTimeout {
        void set(int millis) throws IOException;
    }

    private final InputStream socketIn;
    private final OutputStream socketOut;
    private final LoopbackHttpServer.Handler handler;
    private final Supplier<String> date;
    private final ReadTimeout readTimeout;
    private final LongSupplier nanoTime;
    /** When the head being read must be complete, in {@link #nanoTime}'s terms; 0 while no head is being read. */
    private long headDeadline;
    private int timeoutMillis = LoopbackHttpServer.IDLE_MILLIS;
    /** Whether an answer is being written, and since when (set first): the server's sweeper reads them. */
    private volatile boolean writing;
    private volatile long writingSince;
    private final byte[] in = new byte[16 * 1024];
    private int position;
    private int limit;
    /** Grows up to the head's limit only for a long line: up to 256 connections each hold one. */
    private byte[] line = new byte[1024];
    private final byte[] out = new byte[OUT_BUFFER_BYTES];

    /** A connection whose socket's read timeout is the idle timeout when it starts. */
    HttpConnection(InputStream socketIn, OutputStream socketOut, LoopbackHttpServer.Handler handler,
                   Supplier<String> date, ReadTimeout readTimeout, LongSupplier nanoTime) {
        this.socketIn = socketIn;
        this.socketOut = socketOut;
        this.handler = handler;
        this.date = date;
        this.readTimeout = readTimeout;
        this.nanoTime = nanoTime;
    }

    /** A request's head that cannot be answered: its status, after which the connection is closed. */
    private static final class BadHead extends Exception {
        final int status;

        BadHead(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** A chunked body whose framing is broken: answered 400, and the connection closed. */
    private static final class MalformedBody extends IOException {
        MalformedBody(String message) {
            super(message);
        }
    }

    /** Serves requests until the client closes, either side asks to close, or the connection fails. */
    void serve() throws IOException {
        while (true) {
            Head head;
            try {
                head = readHead();
            } catch (BadHead bad) {
                write(plainText(bad.status, bad.getMessage()), false, false);
                return;
            }
            if (head == null) {
                return;
            }
            Body body = head.chunked ? new ChunkedBody() : new FixedLengthBody(head.contentLength);
            if (head.expectsContinue) {
                send(CONTINUE, CONTINUE.length);
            }
            LoopbackHttpServer.Response response;
            try {
                response = handler.handle(new LoopbackHttpServer.Request(head.method, head.rawPath, head.rawQuery,
                        head.headers, body));
            } catch (MalformedBody malformed) {
                write(plainText(400, malformed.getMessage()), false, false);
                return;
            }
            boolean keepAlive = head.keepAlive && body.drain();
            write(response, keepAlive, head.method.equals("HEAD"));
            if (!keepAlive) {
                return;
            }
        }
    }

    private static LoopbackHttpServer.Response plainText(int status, String message) {
        byte[] text = message.getBytes(StandardCharsets.ISO_8859_1);
        return new LoopbackHttpServer.Response(status, Map.of("Content-Type", "text/plain"), text, text.length);
    }

    private record Head(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                        boolean keepAlive, boolean expectsContinue, boolean chunked, long contentLength) {
    }

    /** The next request's head, or null if the client closed the connection between requests. */
    private Head readHead() throws IOException, BadHead {
        if (position == limit && !fill()) {
            return null;
        }
        headDeadline = nanoTime.getAsLong() + TimeUnit.MILLISECONDS.toNanos(HEAD_MILLIS);
        int room = LoopbackHttpServer.MAX_HEAD_BYTES;
        String requestLine = readLine(room, true);
        // A client may send an empty line after a body (RFC 9112 §2.2).
        while (requestLine != null && requestLine.isEmpty()) {
            room -= 2;
            requestLine = readLine(room, true);
        }
        if (requestLine == null) {
            return null;
        }
        room -= requestLine.length() + 2;
        int firstSpace = requestLine.indexOf(' ');
        int lastSpace = requestLine.lastIndexOf(' ');
        if (firstSpace <= 0 || lastSpace == firstSpace || requestLine.indexOf(' ', firstSpace + 1) != lastSpace) {
            throw new BadHead(400, "Malformed request line.");
        }
        String method = requestLine.substring(0, firstSpace);
        String target = requestLine.substring(firstSpace + 1, lastSpace);
        String version = requestLine.substring(lastSpace + 1);
        boolean http10 = version.equals("HTTP/1.0");
        if (!isToken(method) || target.isEmpty()
                || !http10 && !version.equals("HTTP/1.1") && !HTTP_VERSION.matcher(version).matches()) {
            throw new BadHead(400, "Malformed request line.");
        }
        if (version.charAt(5) != '1') {
            throw new BadHead(505, "Only HTTP/1.x is served.");
        }
        Map<String, List<String>> headers = readHeaders(room);
        headDeadline = 0;
        timeout(LoopbackHttpServer.IDLE_MILLIS);
        String connection = first(headers, "connection");
        boolean keepAlive = http10 ? hasToken(connection, "keep-alive") && !hasToken(connection, "close")
                : !hasToken(connection, "close");
        String transferEncoding = first(headers, "transfer-encoding");
        boolean chunked = transferEncoding != null;
        if (chunked && !transferEncoding.equalsIgnoreCase("chunked")) {
            throw new BadHead(400, "Only the chunked transfer coding is understood.");
        }
        if (chunked && headers.containsKey("content-length")) {
            // Which of the two ends the body is the kind of doubt request smuggling lives on (RFC 9112 §6.3).
            throw new BadHead(400, "A request may not have both Content-Length and Transfer-Encoding.");
        }
        long contentLength = chunked ? 0 : contentLength(headers.get("content-length"));
        int pathStart = target.startsWith("http://") || target.startsWith("https://")
                ? target.indexOf('/', target.indexOf("//") + 2) : 0;
        String pathAndQuery = pathStart < 0 ? "/" : target.substring(pathStart);
        int question = pathAndQuery.indexOf('?');
        String rawPath = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String rawQuery = question < 0 ? null : pathAndQuery.substring(question + 1);
        String expect = first(headers, "expect");
        if (expect != null && !expect.equalsIgnoreCase("100-continue")) {
            throw new BadHead(417, "Only 100-continue can be expected.");
        }
        boolean expectsContinue = !http10 && expect != null;
        return new Head(method, rawPath, rawQuery, headers, keepAlive, expectsContinue, chunked, contentLength);
    }

    /**
     * Header names in lower case with their values trimmed, each taken straight from the line's bytes: making a string
     * of the whole line first and then cutting, lower-casing and trimming it was a tenth of what the endpoint allocated.
     */
    private Map<String, List<String>> readHeaders(int room) throws IOException, BadHead {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int count = 0;
        for (int length = readLineBytes(room, false); length > 0; length = readLineBytes(room, false)) {
            room -= length + 2;
            if (++count > LoopbackHttpServer.MAX_HEADERS) {
                throw new BadHead(431, "Too many request headers.");
            }
            int colon = 0;
            for (; colon < length && line[colon] != ':'; colon++) {
                if (!isTokenChar(line[colon])) {
                    throw new BadHead(400, "Malformed request header.");
                }
                if (line[colon] >= 'A' && line[colon] <= 'Z') {
                    line[colon] += 'a' - 'A';
                }
            }
            if (colon == 0 || colon == length) {
                throw new BadHead(400, "Malformed request header.");
            }
            int start = colon + 1;
            int end = length;
            while (start < end && (line[start] & 0xff) <= ' ') {
                start++;
            }
            while (end > start && (line[end - 1] & 0xff) <= ' ') {
                end--;
            }
            headers.merge(new String(line, 0, colon, StandardCharsets.ISO_8859_1),
                    List.of(new String(line, start, end - start, StandardCharsets.ISO_8859_1)), HttpConnection::both);
        }
        return headers;
    }

    /** A header's values when it came more than once, in the order they came. */
    private static List<String> both(List<String> earlier, List<String> later) {
        List<String> values = new ArrayList<>(earlier);
        values.addAll(later);
        return values;
    }

    /** Whether a comma-separated header value such as Connection's names {@code token}, in any case. */
    private static boolean hasToken(String value, String token) {
        if (value == null) {
            return false;
        }
        for (String member : value.split(",")) {
            if (member.trim().equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    /** The declared body length, 0 without one; several must agree. */
    private static long contentLength(List<String> values) throws BadHead {
        if (values == null) {
            return 0;
        }
        long length = -1;
        for (String value : values) {
            long parsed;
            try {
                parsed = value.isEmpty() || value.charAt(0) == '+' ? -1 : Long.parseLong(value);
            } catch (NumberFormatException e) {
                parsed = -1;
            }
            if (parsed < 0 || length >= 0 && parsed != length) {
                throw new BadHead(400, "Malformed Content-Length.");
            }
            length = parsed;
        }
        return length;
    }

    /** RFC 9110's token: a method or a header name. */
    private static boolean isToken(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isTokenChar(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static boolean isTokenChar(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c > 0 && "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /**
     * A line of the head without its line end, in ISO-8859-1; null if the stream ends before its first byte and
     * {@code mayEnd}. Longer than {@code room} is a head too large.
     */
    private String readLine(int room, boolean mayEnd) throws IOException, BadHead {
        int length = readLineBytes(room, mayEnd);
        return length < 0 ? null : new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** {@link #readLine}, the line left in {@link #line}: its length, or -1 where that gives null. */
    private int readLineBytes(int room, boolean mayEnd) throws IOException, BadHead {
        int length = 0;
        while (true) {
            if (position == limit && !fill()) {
                if (length == 0 && mayEnd) {
                    return -1;
                }
                throw new EOFException("The connection ended within a request's head.");
            }
            byte b = in[position++];
            if (b == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return length;
            }
            if (length >= room - 2) {
                throw new BadHead(431, "The request's head is larger than "
                        + LoopbackHttpServer.MAX_HEAD_BYTES + " bytes.");
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(line.length * 2, LoopbackHttpServer.MAX_HEAD_BYTES));
            }
            line[length++] = b;
        }
    }

    private boolean fill() throws IOException {
        if (headDeadline != 0) {
            long left = TimeUnit.NANOSECONDS.toMillis(headDeadline - nanoTime.getAsLong());
            if (left <= 0) {
                throw new SocketTimeoutException("The request's head took longer than " + HEAD_MILLIS + " ms.");
            }
            timeout((int) Math.min(left, LoopbackHttpServer.IDLE_MILLIS));
        }
        int read = socketIn.read(in, 0, in.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    /** Sets the socket's read timeout when it changes: a system call, not to be made for every read. */
    private void timeout(int millis) throws IOException {
        if (millis != timeoutMillis) {
            readTimeout.set(millis);
            timeoutMillis = millis;
        }
    }

    /** Up to {@code length} bytes from the buffer, else straight from the socket; -1 at the end of the stream. */
    private int readRaw(byte[] into, int offset, int length) throws IOException {
        if (position == limit) {
            if (length >= in.length) {
                return socketIn.read(into, offset, length);
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(in, position, into, offset, n);
        position += n;
        return n;
    }

    private int readRaw() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return in[position++] & 0xff;
    }

    /**
     * Status line, headers and body in one write when they fit the buffer. 1xx, 204 and 304 answers carry no body
     * and no length; an answer to HEAD gives the length without the body.
     */
    private void write(LoopbackHttpServer.Response response, boolean keepAlive, boolean head) throws IOException {
        int status = response.status();
        boolean noBody = status < 200 || status == 204 || status == 304;
        StringBuilder text = new StringBuilder(256);
        text.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        text.append("Date: ").append(date.get()).append("\r\n");
        response.headers().forEach((name, value) -> {
            if (!SERVER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                text.append(name).append(": ").append(value).append("\r\n");
            }
        });
        if (!noBody) {
            text.append("Content-Length: ").append(response.length()).append("\r\n");
        }
        text.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
        int bodyLength = noBody || head ? 0 : response.length();
        int headLength = text.length();
        boolean together = headLength + bodyLength <= out.length;
        byte[] headBytes = headLength <= out.length ? out : new byte[headLength];
        for (int i = 0; i < headLength; i++) {
            headBytes[i] = (byte) text.charAt(i);
        }
        if (together) {
            if (bodyLength > 0) {
                System.arraycopy(response.body(), 0, out, headLength, bodyLength);
            }
            send(out, headLength + bodyLength);
        } else {
            send(headBytes, headLength);
            send(response.body(), bodyLength);
        }
    }

    private void send(byte[] bytes, int length) throws IOException {
        writingSince = nanoTime.getAsLong();
        writing = true;
        try {
            socketOut.write(bytes, 0, length);
        } finally {
            writing = false;
        }
    }

    /**
     * Closes the connection if an answer has waited longer than {@link #WRITE_MILLIS} for the client to take it: the
     * blocked write then fails and the connection's thread is free. Called from another thread than the one serving.
     */
    void closeIfStuckWriting() throws IOException {
        if (writing && nanoTime.getAsLong() - writingSince > TimeUnit.MILLISECONDS.toNanos(WRITE_MILLIS)) {
            socketOut.close();
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 417 -> "Expectation Failed";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status " + status;
        };
    }

    /** A request's body as the handler reads it; whatever it leaves unread is drained before the next request. */
    private abstract class Body extends InputStream {
        private final byte[] one = new byte[1];

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        /** Reads the rest away if it is short; true if the connection can serve another request. */
        boolean drain() throws IOException {
            if (complete()) {
                return true;
            }
            byte[] skip = new byte[8192];
            long drained = 0;
            while (drained <= DRAIN_BYTES) {
                int read = read(skip, 0, skip.length);
                if (read < 0) {
                    return complete();
                }
                drained += read;
            }
            return false;
        }

        /** Whether the body was read to its declared end (not cut short by the client closing). */
        abstract boolean complete();
    }

    private final class FixedLengthBody extends Body {
        private long remaining;

        FixedLengthBody(long length) {
            this.remaining = length;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            int read = readRaw(into, offset, (int) Math.min(length, remaining));
            if (read < 0) {
                throw new EOFException("The connection ended within a request's body.");
            }
            remaining -= read;
            return read;
        }

        /** A body left with more than the drain's worth unread closes the connection without waiting for it. */
        @Override
        boolean drain() throws IOException {
            return remaining <= DRAIN_BYTES && super.drain();
        }

        @Override
        boolean complete() {
            return remaining == 0;
        }
    }

    /** RFC 9112 §7.1: size lines in hex (extensions ignored), each chunk ended by CRLF, trailers after the last. */
    private final class ChunkedBody extends Body {
        private long inChunk;
        private boolean ended;

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            if (inChunk == 0 && !nextChunk()) {
                return -1;
            }
            int read = readRaw(into, offset, (int) Math.min(length, inChunk));
            if (read < 0) {
                throw new EOFException("The connection ended within a chunk.");
            }
            inChunk -= read;
            if (inChunk == 0) {
                expectLineEnd();
            }
            return read;
        }

        private boolean nextChunk() throws IOException {
            String sizeLine = chunkLine();
            int extension = sizeLine.indexOf(';');
            String size = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim();
            try {
                inChunk = size.isEmpty() || size.length() > 15 ? -1 : Long.parseLong(size, 16);
            } catch (NumberFormatException e) {
                inChunk = -1;
            }
            if (inChunk < 0) {
                throw new MalformedBody("Malformed chunk size: " + sizeLine);
            }
            if (inChunk == 0) {
                while (!chunkLine().isEmpty()) {
                    // Trailers carry nothing the endpoint reads.
                }
                ended = true;
            }
            return !ended;
        }

        private String chunkLine() throws IOException {
            try {
                return readLine(LoopbackHttpServer.MAX_HEAD_BYTES, false);
            } catch (BadHead e) {
                throw new MalformedBody("A chunk's size line is too long.");
            }
        }

        private void expectLineEnd() throws IOException {
            int cr = readRaw();
            int lf = cr == '\r' ? readRaw() : cr;
            if (lf != '\n') {
                throw new MalformedBody("A chunk does not end with CRLF.");
            }
        }

        @Override
        boolean complete() {
            return ended;
        }
    }
}
