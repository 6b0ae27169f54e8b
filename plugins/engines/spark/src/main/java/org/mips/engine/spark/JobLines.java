package org.mips.engine.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The driver's end of the jobs' line streams: a socket that executors connect to, one connection per task attempt,
 * sending a job's lines as its command prints them, so that the driver shows a job's progress while it runs rather
 * than when its result comes back.
 *
 * <p>A stream is a convenience, never the record: the result of a job carries all its lines too. When the job ends,
 * {@link #finish} takes what the stream of the attempt that succeeded has not delivered from the result, so every line
 * of that attempt is handed over once and in order, whether its stream was whole, cut, or never connected (an
 * executor that cannot reach this port). Lines of an attempt that was lost have been handed over as they came; the
 * retry's lines follow, after the job is said to start again.
 */
final class JobLines implements AutoCloseable {

    /** How long a finished job's stream may lag behind its result. */
    private static final long CATCH_UP_MILLIS = 5_000;

    /** What has been handed over of one attempt's lines. */
    private static final class Attempt {
        int delivered;
        boolean closed;
    }

    private final ServerSocket server;
    private final String host;
    private final String token;
    private final BiConsumer<String, String> deliver;
    private final Map<String, Attempt> attempts = new ConcurrentHashMap<>();

    /**
     * @param host    this driver's address as executors know it
     * @param deliver hands a job's line (job key, line) to its listener
     */
    JobLines(String host, BiConsumer<String, String> deliver) {
        try {
            this.server = new ServerSocket();
            server.bind(new InetSocketAddress(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        this.host = host;
        this.token = HexFormat.of().formatHex(secret);
        this.deliver = deliver;
        Thread acceptor = new Thread(this::accept, "mips-spark-lines");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Where the job {@code key}'s executor sends its lines. */
    LineSink sink(String key) {
        return new LineSink(host, server.getLocalPort(), token, key);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread reader = new Thread(() -> read(socket), "mips-spark-lines-reader");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                // closed, or one connection that failed: the next goes on
            }
        }
    }

    private void read(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            socket.setSoTimeout((int) TimeUnit.HOURS.toMillis(24));
            String[] header = String.valueOf(in.readLine()).split("\t", 3);
            if (header.length != 3 || !header[0].equals(token)) {
                return; // not one of ours
            }
            String key = header[2];
            Attempt attempt = attempts.computeIfAbsent(key + "\t" + header[1], k -> new Attempt());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (attempt) {
                    if (attempt.closed) {
                        return;
                    }
                    attempt.delivered++;
                    deliver.accept(key, line);
                }
                synchronized (this) {
                    notifyAll();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the executor is gone: the job's result, or its retry, has the rest
        }
    }

    /**
     * Hands over what attempt {@code attemptNumber} of job {@code key} printed ({@code lines}, from its result) that its
     * stream has not, after letting a whole stream catch up a little; from then on that stream delivers nothing.
     *
     * @param streamed whether the executor sent every line down its stream
     */
    void finish(String key, int attemptNumber, List<String> lines, boolean streamed) throws InterruptedException {
        Attempt attempt = attempts.computeIfAbsent(key + "\t" + attemptNumber, k -> new Attempt());
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CATCH_UP_MILLIS);
        synchronized (this) {
            while (streamed && delivered(attempt) < lines.size() && System.nanoTime() < until) {
                wait(100);
            }
        }
        synchronized (attempt) {
            attempt.closed = true;
            for (int i = attempt.delivered; i < lines.size(); i++) {
                deliver.accept(key, lines.get(i));
            }
            attempt.delivered = lines.size();
        }
    }

    private static int delivered(Attempt attempt) {
        synchronized (attempt) {
            return attempt.delivered;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
