package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.DirectConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local port forward over one SSH connection: a loopback port on the control plane whose every
 * accepted connection is carried (a direct-tcpip channel) to {@code 127.0.0.1:remotePort} on the
 * server, e.g. Caddy's admin API, which the server exposes to itself only. It lives as long as
 * its connection: a replaced connection gets a new forward. (sshj's own forwarder stops at the
 * first channel the server refuses and leaves that client waiting; here a refusal just closes
 * the client's connection, so "nothing listens there" is seen at once.)
 */
final class LocalForward implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalForward.class);
    private static final ExecutorService CARRIERS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "appaloft-ssh-tunnel");
        thread.setDaemon(true);
        return thread;
    });

    private final SSHClient client;
    private final ServerSocket socket;
    private final int remotePort;
    private final Thread listener;

    private LocalForward(SSHClient client, ServerSocket socket, int remotePort) {
        this.client = client;
        this.socket = socket;
        this.remotePort = remotePort;
        this.listener = new Thread(this::listen, "appaloft-ssh-forward-" + remotePort);
        this.listener.setDaemon(true);
    }

    static LocalForward open(SSHClient client, int remotePort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            LocalForward forward = new LocalForward(client, socket, remotePort);
            forward.listener.start();
            return forward;
        } catch (IOException e) {
            throw new AppaloftException(SshErrors.CONNECTION_LOST, "could not open a tunnel to the server's port "
                    + remotePort + ": " + e.getMessage());
        }
    }

    private void listen() {
        while (!socket.isClosed()) {
            try {
                Socket accepted = socket.accept();
                CARRIERS.execute(() -> carry(accepted));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Carries one connection both ways until either side ends it. */
    private void carry(Socket local) {
        try (local; DirectConnection channel = client.newDirectConnection("127.0.0.1", remotePort)) {
            InputStream fromServer = channel.getInputStream();
            OutputStream toServer = channel.getOutputStream();
            CARRIERS.execute(() -> {
                try {
                    copy(local.getInputStream(), toServer);
                } catch (IOException ended) {
                    // the local side closed: the answer below ends the exchange
                }
            });
            copy(fromServer, local.getOutputStream());
        } catch (IOException | RuntimeException refused) {
            LOG.debug("the server's port {} refused a tunnelled connection: {}", remotePort, refused.toString());
        }
    }

    /** Copies until end of input, flushing each chunk (an SSH channel's stream holds data until flushed). */
    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }

    /** The control plane's end: connect to 127.0.0.1 on this port. */
    int localPort() {
        return socket.getLocalPort();
    }

    boolean open() {
        return !socket.isClosed() && listener.isAlive() && client.isConnected();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
