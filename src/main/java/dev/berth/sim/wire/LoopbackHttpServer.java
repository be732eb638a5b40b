package dev.berth.sim.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A small blocking HTTP/1.1 server for the endpoint: one thread per connection, from a bounded pool, reads each
 * request's head straight from its own buffer, calls the handler on that same thread and writes the answer's head and
 * body at once. AWS clients keep their connections alive, so a thread serves one client's requests one after
 * another with no hand-off; the JDK's server passed every request from its selector thread to a worker and back,
 * formatted a Date per answer and sent through several stream layers: a third of the endpoint's CPU under load
 * (EndpointLoadBench). Bodies come by Content-Length or chunked; {@code Expect: 100-continue} is answered before the
 * handler runs. A malformed head is answered 400, a head over {@link #MAX_HEAD_BYTES} 431, and the connection closed.
 */
public final class LoopbackHttpServer implements AutoCloseable {
    /** The request line and headers together; AWS clients send a few hundred bytes. */
    static final int MAX_HEAD_BYTES = 64 * 1024;
    static final int MAX_HEADERS = 200;
    /** As the JDK's server: a connection idle this long is closed, its thread freed. */
    static final int IDLE_MILLIS = 30_000;
    /** More connections than this at once are answered 503 and closed. */
    static final int MAX_CONNECTIONS = 256;
    private static final int BACKLOG = 64;
    private static final int LINGER_MILLIS = 2_000;
    private static final int LINGER_BYTES = 1024 * 1024;
    static final int ACCEPT_RETRY_MILLIS = 100;
    /** How long {@link #close} waits for the requests being applied. */
    private static final int IN_FLIGHT_MILLIS = 5_000;
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final byte[] BUSY = ("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);

    /** What the server calls for each request, on the connection's thread; an exception closes the connection. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request) throws IOException;
    }

    /**
     * A request as it arrived: header names in lower case, the path and query still percent-encoded ({@code rawQuery}
     * null without a {@code ?}); {@code body} ends where the request's body ends.
     */
    public record Request(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                          InputStream body) {
        /** The header's first value, or null. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The path decoded, for messages. */
        public String path() {
            try {
                return URI.create(rawPath).getPath();
            } catch (IllegalArgumentException e) {
                return rawPath;
            }
        }
    }

    /**
     * An answer: its status, headers besides Date, Content-Length and Connection (which the server writes), and the
     * first {@code length} bytes of {@code body}.
     */
    public record Response(int status, Map<String, String> headers, byte[] body, int length) {
    }

    private final ServerSocket socket;
    private final Handler handler;
    private final Supplier<Instant> wallClock;
    private final ThreadPoolExecutor connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<HttpConnection> serving = ConcurrentHashMap.newKeySet();
    /** Closes connections whose client stopped taking its answer (HttpConnection.WRITE_MILLIS). */
    private final ScheduledExecutorService sweeper;
    private final Thread acceptor;
    private volatile DateText date = new DateText(Long.MIN_VALUE, "");
    private volatile boolean closed;

    private LoopbackHttpServer(ServerSocket socket, Handler handler, Supplier<Instant> wallClock) {
        this.socket = socket;
        this.handler = handler;
        this.wallClock = wallClock;
        this.connections = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> daemon(runnable, "berth-endpoint"));
        this.acceptor = daemon(this::accept, "berth-endpoint-accept");
        this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "berth-endpoint-sweep"));
    }

    /**
     * Listens on {@code address} and serves until closed.
     *
     * @param wallClock the real time, for the answers' Date header
     */
    public static LoopbackHttpServer start(InetSocketAddress address, Handler handler, Supplier<Instant> wallClock)
            throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(address, BACKLOG);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return serve(socket, handler, wallClock);
    }

    /** Serves on a socket already bound (tests pass one whose accept fails). */
    static LoopbackHttpServer serve(ServerSocket socket, Handler handler, Supplier<Instant> wallClock) {
        LoopbackHttpServer server = new LoopbackHttpServer(socket, handler, wallClock);
        server.acceptor.start();
        server.sweeper.scheduleWithFixedDelay(server::sweep, 1, 1, TimeUnit.SECONDS);
        return server;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Accepts until closed. A failed accept is retried after a pause and said once per run of failures: out of file
     * descriptors, say, it fails at once every time, and retrying at once would spin a core and flood the log.
     */
    private void accept() {
        boolean failing = false;
        while (!closed) {
            Socket client;
            try {
                client = socket.accept();
                failing = false;
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                if (!failing) {
                    System.err.println("Berth endpoint: accepting a connection failed (retrying every "
                            + ACCEPT_RETRY_MILLIS + " ms): " + e.getMessage());
                }
                failing = true;
                try {
                    Thread.sleep(ACCEPT_RETRY_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
                continue;
            }
            open.add(client);
            try {
                connections.execute(() -> serve(client));
            } catch (RejectedExecutionException e) {
                refuse(client);
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setTcpNoDelay(true);
            client.setSoTimeout(IDLE_MILLIS);
            HttpConnection connection = new HttpConnection(client.getInputStream(), client.getOutputStream(), handler,
                    this::date, client::setSoTimeout, System::nanoTime);
            serving.add(connection);
            try {
                connection.serve();
            } finally {
                serving.remove(connection);
            }
            closeGently(client);
        } catch (IOException e) {
            // The client went away, was idle too long, or sent what cannot be answered: its connection ends.
        } catch (RuntimeException e) {
            System.err.println("Berth endpoint: a request failed unanswered: " + e);
        } finally {
            open.remove(client);
        }
    }

    /**
     * Half-closes and reads away what the client still sends (a refused head's rest, say) before closing: closing
     * with unread data resets the connection, and the client could lose the answer it has not read yet.
     */
    private static void closeGently(Socket client) throws IOException {
        client.shutdownOutput();
        client.setSoTimeout(LINGER_MILLIS);
        InputStream in = client.getInputStream();
        byte[] skip = new byte[8192];
        long skipped = 0;
        for (int read = in.read(skip); read >= 0 && skipped < LINGER_BYTES; read = in.read(skip)) {
            skipped += read;
        }
    }

    /** Too many connections (or closing): a short 503 the client can retry on, written from the acceptor. */
    private void refuse(Socket client) {
        try (client; OutputStream out = client.getOutputStream()) {
            out.write(BUSY);
        } catch (IOException e) {
            // Nothing more to tell a client that is already gone.
        } finally {
            open.remove(client);
        }
    }

    private void sweep() {
        for (HttpConnection connection : serving) {
            try {
                connection.closeIfStuckWriting();
            } catch (IOException e) {
                // Closing a connection that is already closing: its own thread finishes it.
            }
        }
    }

    /** The Date header's value, formatted once a second rather than once an answer. */
    private String date() {
        long second = wallClock.get().getEpochSecond();
        DateText cached = date;
        if (cached.second() != second) {
            cached = new DateText(second, HTTP_DATE.format(Instant.ofEpochSecond(second)));
            date = cached;
        }
        return cached.text();
    }

    private record DateText(long second, String text) {
    }

    /**
     * Stops listening and closes every connection, also those in the middle of a request, and returns once the
     * requests being applied have finished (a request still running after 5 s is interrupted).
     */
    @Override
    public void close() {
        closed = true;
        // A caller already interrupted must still wait for the requests in flight; its interrupt is kept for after.
        boolean interrupted = Thread.interrupted();
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a listening socket fails only if it is already closed.
        }
        // The acceptor ends first, so a connection it accepted as the socket closed is among those closed next.
        try {
            acceptor.join(1_000);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        for (Socket client : open) {
            try {
                client.close();
            } catch (SocketException e) {
                // Already closed by its own thread.
            } catch (IOException e) {
                System.err.println("Berth endpoint: closing a connection failed: " + e.getMessage());
            }
        }
        sweeper.shutdownNow();
        // A request being applied finishes (its answer then fails on the closed socket), so none is still running
        // once close returns: the GUI then switches to an AWS account, say. Only one stuck for long is interrupted.
        connections.shutdown();
        try {
            if (!connections.awaitTermination(IN_FLIGHT_MILLIS, TimeUnit.MILLISECONDS)) {
                connections.shutdownNow();
            }
        } catch (InterruptedException e) {
            connections.shutdownNow();
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
