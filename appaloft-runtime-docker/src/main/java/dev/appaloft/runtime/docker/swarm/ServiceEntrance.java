package dev.appaloft.runtime.docker.swarm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stable loopback port in front of a Swarm service's tasks, which the edge proxy routes to.
 * The routing mesh would give a service one published port, but it needs IPVS in the kernel; in
 * host mode every task publishes a port of its own, and these ports change as Swarm replaces
 * tasks. The entrance spreads connections over the ports of the tasks that run now (refreshed
 * every {@link #REFRESH_MS} ms), and a connection a task refuses (one being stopped) is tried on
 * the next, so a rolling update drops nothing the proxy sent.
 */
final class ServiceEntrance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceEntrance.class);
    static final long REFRESH_MS = 100;
    private static final int CONNECT_TIMEOUT_MS = 1000;
    // a service between two tasks (a kill, a scale-up from zero) gets this long to offer one
    private static final long FIND_TASK_MS = 5000;

    private final String service;
    private final Supplier<List<Integer>> taskPorts;
    private final ServerSocket listener;
    private final ExecutorService pumps;
    private final ScheduledExecutorService refresher;
    private final AtomicInteger next = new AtomicInteger();
    private volatile List<Integer> ports = List.of();

    ServiceEntrance(String service, Supplier<List<Integer>> taskPorts) throws IOException {
        this.service = service;
        this.taskPorts = taskPorts;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        this.pumps = Executors.newCachedThreadPool(r -> daemon(r, "swarm-entrance-" + service));
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "swarm-refresh-" + service));
        refresh();
        refresher.scheduleWithFixedDelay(this::refresh, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
        pumps.execute(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The task ports connections go to now. */
    List<Integer> ports() {
        return ports;
    }

    void refresh() {
        try {
            ports = List.copyOf(taskPorts.get());
        } catch (RuntimeException e) {
            LOG.debug("could not list the tasks of {}: {}", service, e.toString());
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                pumps.execute(() -> serve(client));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    LOG.debug("entrance of {} could not accept: {}", service, e.toString());
                }
            }
        }
    }

    private void serve(Socket client) {
        Socket upstream = connect();
        if (upstream == null) {
            close(client);
            return;
        }
        try {
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
        } catch (IOException ignored) {
            // only latency
        }
        AtomicInteger open = new AtomicInteger(2); // the two directions; both sockets close after the last
        pumps.execute(() -> pump(upstream, client, open));
        pump(client, upstream, open);
    }

    // round robin over the running tasks; a refused one is skipped, and the list read again
    private Socket connect() {
        long deadline = System.currentTimeMillis() + FIND_TASK_MS;
        while (System.currentTimeMillis() < deadline && !listener.isClosed()) {
            List<Integer> now = ports;
            for (int i = 0; i < now.size(); i++) {
                int port = now.get(Math.floorMod(next.getAndIncrement(), now.size()));
                Socket s = new Socket();
                try {
                    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MS);
                    return s;
                } catch (IOException e) {
                    close(s);
                }
            }
            refresh();
            sleep(50);
        }
        LOG.warn("no task of Swarm service {} took a connection", service);
        return null;
    }

    private static void pump(Socket from, Socket to, AtomicInteger open) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput(); // half-close: the other direction may still be answering
        } catch (IOException e) {
            // a reset on either side ends the connection both ways
            close(from);
            close(to);
        } finally {
            if (open.decrementAndGet() == 0) {
                close(from);
                close(to);
            }
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        pumps.shutdownNow();
    }
}
