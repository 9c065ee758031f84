package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Responses whose declared length does not describe their body, from a server that writes exact
 * bytes: the size limit holds whichever reader takes the body, and no body is cut short or merged
 * with the next answer on the same connection.
 */
class LyingLengthTest {
    static final long LIMIT = 1000;

    ServerSocket server;
    final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        for (Socket s : accepted) {
            s.close();
        }
    }

    /** A server that answers every request on a connection with {@code answer.apply(n)}, n counting all requests. */
    URI serve(Function<Integer, byte[]> answer) throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            int n = 0;
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    accepted.add(s);
                    int first = n;
                    Thread c = new Thread(() -> {
                        int k = first;
                        try (s) {
                            InputStream in = s.getInputStream();
                            OutputStream out = s.getOutputStream();
                            while (readHead(in)) {
                                out.write(answer.apply(k++));
                                out.flush();
                            }
                        } catch (Exception ignored) {
                            // the client went away
                        }
                    });
                    c.setDaemon(true);
                    c.start();
                    n += 100;
                } catch (Exception e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    /** Reads a request's head (requests here have no body); false at the end of the stream. */
    static boolean readHead(InputStream in) throws Exception {
        int state = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\r' && (state == 0 || state == 2)) {
                state++;
            } else if (b == '\n' && (state == 1 || state == 3)) {
                state++;
                if (state == 4) {
                    return true;
                }
            } else {
                state = 0;
            }
        }
        return false;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] chunked(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[100];
        java.util.Arrays.fill(chunk, (byte) 'x');
        for (int i = 0; i < size / 100; i++) {
            out.writeBytes(ascii("64\r\n"));
            out.writeBytes(chunk);
            out.writeBytes(ascii("\r\n"));
        }
        out.writeBytes(ascii("0\r\n\r\n"));
        return out.toByteArray();
    }

    static HttpCall get(URI uri) {
        return new HttpCall("GET", uri, Map.of(), new byte[0], Duration.ofSeconds(5));
    }

    /** The outcome of one send, blocking or not: the body's length, or the failure's class. */
    static String outcome(CompletableFuture<HttpResult> sent) throws Exception {
        try {
            HttpResult r = sent.get(10, TimeUnit.SECONDS);
            return "body " + r.body().length;
        } catch (ExecutionException e) {
            return e.getCause().getClass().getSimpleName();
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aShortLengthWithAChunkedBodyNeverLetsMoreThanTheLimitIn() throws Exception {
        URI uri = serve(n -> concat(
                ascii("HTTP/1.1 200 OK\r\nContent-Length: 10\r\nTransfer-Encoding: chunked\r\n\r\n"),
                chunked(100_000)));
        for (boolean blocking : new boolean[] {true, false}) {
            JdkHttpTransport transport = new JdkHttpTransport(Duration.ofSeconds(5), LIMIT);
            String o = outcome(blocking ? transport.sendBlocking(get(uri)) : transport.send(get(uri)));
            System.out.println("CL+chunked blocking=" + blocking + ": " + o);
            assertFalse(o.startsWith("body ") && Long.parseLong(o.substring(5)) > LIMIT, o);
        }
    }

    /**
     * A server whose answer declares 1000 bytes, sends 5 and stalls; whether the client closed the
     * connection within {@code seconds} after giving up on it.
     */
    boolean closedAfterStall(boolean blocking) throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        CompletableFuture<Boolean> closed = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                readHead(s.getInputStream());
                s.getOutputStream().write(ascii("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n01234"));
                s.getOutputStream().flush();
                s.setSoTimeout(4000);
                closed.complete(s.getInputStream().read() < 0);
            } catch (Exception e) {
                closed.complete(e instanceof java.net.SocketException);
            }
        });
        t.setDaemon(true);
        t.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
        JdkHttpTransport transport = new JdkHttpTransport(Duration.ofSeconds(5), LIMIT);
        HttpCall call = new HttpCall("GET", uri, Map.of(), new byte[0], Duration.ofMillis(300));
        CompletableFuture<HttpResult> sent = blocking
                ? transport.sendBlocking(call)
                // as the client's listening layer bounds an asynchronous exchange
                : transport.send(call).orTimeout(300, TimeUnit.MILLISECONDS);
        assertEquals("TimeoutException", outcome(sent));
        try {
            return closed.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @Test
    void aBlockingCallThatTimesOutInADeclaredBodyClosesItsConnection() throws Exception {
        assertTrue(closedAfterStall(true), "the connection stays open after the call gave up");
    }

    @Test
    void anAsyncCallThatTimesOutInADeclaredBodyClosesItsConnection() throws Exception {
        assertTrue(closedAfterStall(false), "the connection stays open after the call gave up");
    }
}
