package dev.berth.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection over a plain socket, for the light bench client: it writes a POST with a
 * Content-Length and reads back the status and a Content-Length body, which is all the endpoint answers with. It
 * reconnects when the server closes the connection (or says it will).
 */
final class LoopbackConnection implements AutoCloseable {
    private final InetSocketAddress address;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    LoopbackConnection(InetSocketAddress address) {
        this.address = address;
    }

    record Response(int status, byte[] body) {
    }

    /** Sends a POST to "/" with {@code headers} (each line ended by CRLF, no Content-Length) and {@code body}. */
    Response post(String headers, byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        byte[] head = ("POST / HTTP/1.1\r\n" + headers + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        out.write(head);
        out.write(body);
        out.flush();
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).trim());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (length < 0) {
            throw new IOException("answer without Content-Length");
        }
        byte[] answer = in.readNBytes(length);
        if (answer.length < length) {
            throw new EOFException("answer ended after " + answer.length + " of " + length + " bytes");
        }
        if (close) {
            close();
        }
        return new Response(status, answer);
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address);
        out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        in = new BufferedInputStream(socket.getInputStream(), 16384);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
