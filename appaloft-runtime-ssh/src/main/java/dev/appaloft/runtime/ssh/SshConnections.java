package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.keyprovider.KeyPairWrapper;
import dev.appaloft.api.ssh.SshKeyException;
import dev.appaloft.runtime.ssh.keys.PrivateKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pooled, kept-alive SSH connection per server: remote commands reuse it, each on its own
 * channel. A connection idle longer than the idle timeout is closed; a dead one (keep-alives
 * unanswered) is replaced on the next call. New handshakes are capped so a fan-out to many
 * servers does not open them all at once. Every call has a connect timeout; every command a
 * timeout after which it is killed on the server.
 */
public final class SshConnections implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SshConnections.class);

    /**
     * Timeouts and limits; {@link #defaults()} suits servers on a LAN or the internet. Servers that
     * log in with the control plane user's identities ({@link SshLogin#LOCAL}) use the agent at
     * {@code agentSocket} (null: none) and the default key files of {@code keyFolder} (null: none).
     */
    public record Settings(Duration connectTimeout, Duration keepAlive, Duration idleTimeout, int maxConcurrentConnects,
                           java.nio.file.Path agentSocket, java.nio.file.Path keyFolder) {

        public Settings {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(keepAlive, "keepAlive");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            if (maxConcurrentConnects < 1) {
                throw new IllegalArgumentException("maxConcurrentConnects must be at least 1");
            }
        }

        /** The agent and key folder of the user running this process ({@code SSH_AUTH_SOCK}, {@code ~/.ssh}). */
        public Settings(Duration connectTimeout, Duration keepAlive, Duration idleTimeout, int maxConcurrentConnects) {
            this(connectTimeout, keepAlive, idleTimeout, maxConcurrentConnects, environmentAgent(),
                    java.nio.file.Path.of(System.getProperty("user.home"), ".ssh"));
        }

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofMinutes(5), 8);
        }

        /** The SSH agent's socket (null for none). */
        public Settings withAgentSocket(java.nio.file.Path socket) {
            return new Settings(connectTimeout, keepAlive, idleTimeout, maxConcurrentConnects, socket, keyFolder);
        }

        /** Where the default key files are looked for (null for nowhere). */
        public Settings withKeyFolder(java.nio.file.Path folder) {
            return new Settings(connectTimeout, keepAlive, idleTimeout, maxConcurrentConnects, agentSocket, folder);
        }

        private static java.nio.file.Path environmentAgent() {
            String socket = System.getenv("SSH_AUTH_SOCK");
            return socket == null || socket.isBlank() ? null : java.nio.file.Path.of(socket);
        }
    }

    /** A pooled connection, the identity it was opened for, and the host key the server showed. */
    private record Pooled(SSHClient client, String identity, String hostKey, AtomicLong lastUsed,
                          AtomicInteger inUse, java.util.concurrent.ConcurrentLinkedDeque<ShellSession> shells,
                          AtomicInteger shellCount, Map<Integer, LocalForward> forwards) {

        boolean usableFor(SshTarget target) {
            return identity.equals(target.identity()) && client.isConnected() && client.isAuthenticated();
        }
    }

    /** Told the host key a server showed on first use (no key was trusted yet), so it can be recorded. */
    @FunctionalInterface
    public interface HostKeyListener {
        void firstSeen(String serverKey, String fingerprint);
    }

    /** Kept-open shells per connection; more concurrent short commands each get a session. */
    static final int SHELLS = 4;

    private final Settings settings;
    private volatile HostKeyListener hostKeyListener = (server, fingerprint) -> { };
    private final Map<String, Pooled> pool = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Semaphore handshakes;
    private final ScheduledExecutorService sweeper;
    private final RemoteCommand.Readers readers = new RemoteCommand.Readers();
    private final AtomicLong opened = new AtomicLong();

    public SshConnections(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.handshakes = new Semaphore(settings.maxConcurrentConnects(), true);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "appaloft-ssh-idle");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1_000, settings.idleTimeout().toMillis() / 2);
        sweeper.scheduleWithFixedDelay(this::closeIdle, every, every, TimeUnit.MILLISECONDS);
    }

    /** Who records host keys trusted on first use (by default nobody: each connection trusts anew). */
    public SshConnections onFirstHostKey(HostKeyListener listener) {
        this.hostKeyListener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Connects (or reuses the connection) and returns the host key fingerprint the server showed;
     * with no trusted key on the target this is the key to record.
     */
    public String hostKey(String serverKey, SshTarget target) {
        Pooled pooled = acquire(serverKey, target);
        release(pooled);
        return pooled.hostKey();
    }

    /**
     * Runs {@code command} (a POSIX shell command line, given no input) and waits up to
     * {@code timeout} for it, on one of the connection's kept-open shells when one is free.
     */
    public ExecResult run(String serverKey, SshTarget target, String command, Duration timeout) {
        Pooled pooled = acquire(serverKey, target);
        ShellSession shell = null;
        try {
            shell = shellOf(pooled);
            if (shell == null) { // all busy: a session of its own
                return RemoteCommand.start(pooled.client(), command, RemoteIo.NONE, readers, () -> { },
                        () -> evict(serverKey, pooled)).await(timeout);
            }
            return shell.run(command, timeout);
        } finally {
            if (shell != null) {
                if (shell.usable()) {
                    pooled.shells().push(shell);
                } else {
                    shell.close();
                    pooled.shellCount().decrementAndGet();
                }
            }
            release(pooled);
        }
    }

    /** An idle shell of the connection, a new one while fewer than {@link #SHELLS} are open, else null. */
    private ShellSession shellOf(Pooled pooled) {
        ShellSession idle = pooled.shells().poll();
        if (idle != null) {
            return idle;
        }
        if (pooled.shellCount().incrementAndGet() > SHELLS) {
            pooled.shellCount().decrementAndGet();
            return null;
        }
        try {
            return ShellSession.open(pooled.client(), readers);
        } catch (IOException e) {
            pooled.shellCount().decrementAndGet();
            return null;
        }
    }

    /**
     * Starts {@code command}; {@code lines}, when given, receives each stdout line as it arrives.
     * The returned handle waits for it or cancels it (the command's process group is killed on the
     * server).
     */
    public RemoteCommand start(String serverKey, SshTarget target, String command, Consumer<String> lines) {
        return start(serverKey, target, command, RemoteIo.stdout(lines));
    }

    /** Starts {@code command} with its input and line consumers from {@code io}. */
    public RemoteCommand start(String serverKey, SshTarget target, String command, RemoteIo io) {
        Pooled pooled = acquire(serverKey, target);
        try {
            return RemoteCommand.start(pooled.client(), command, io, readers, () -> release(pooled),
                    () -> evict(serverKey, pooled));
        } catch (RuntimeException e) {
            release(pooled);
            evict(serverKey, pooled);
            throw e;
        }
    }

    /**
     * Lends the server's pooled connection until the {@code release} given to {@code use} runs: a
     * terminal shell holds it, so it is never closed as idle under the shell.
     */
    <T> T holdClient(String serverKey, SshTarget target, java.util.function.BiFunction<SSHClient, Runnable, T> use) {
        Pooled pooled = acquire(serverKey, target);
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                release(pooled);
            }
        };
        try {
            return use.apply(pooled.client(), release);
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
    }

    /** Lends the server's pooled connection to {@code use} (e.g. to open a tunnel channel on it). */
    <T> T withClient(String serverKey, SshTarget target, java.util.function.Function<SSHClient, T> use) {
        Pooled pooled = acquire(serverKey, target);
        try {
            return use.apply(pooled.client());
        } finally {
            release(pooled);
        }
    }

    /**
     * The local port of a forward to {@code 127.0.0.1:remotePort} on the server, over its pooled
     * connection: one forward per port per connection, reopened on the connection that replaced a
     * broken one (the old one's forwards close with it).
     */
    public int forward(String serverKey, SshTarget target, int remotePort) {
        Pooled pooled = acquire(serverKey, target);
        try {
            synchronized (pooled.forwards()) {
                LocalForward forward = pooled.forwards().get(remotePort);
                if (forward == null || !forward.open()) {
                    if (forward != null) {
                        forward.close();
                    }
                    forward = LocalForward.open(pooled.client(), remotePort);
                    pooled.forwards().put(remotePort, forward);
                }
                return forward.localPort();
            }
        } finally {
            release(pooled);
        }
    }

    /** A forward over a connection of the caller's (see {@link #attempt}); the caller closes it. */
    static LocalForward forward(SSHClient client, int remotePort) {
        return LocalForward.open(client, remotePort);
    }

    /** How many connections this pool has opened since it started (each handshake counts). */
    public long connectionsOpened() {
        return opened.get();
    }

    /** Closes the server's pooled connection, e.g. after its key was rotated or the server deleted. */
    public void forget(String serverKey) {
        Pooled pooled = pool.remove(serverKey);
        if (pooled != null) {
            closeQuietly(pooled);
        }
    }

    private Pooled acquire(String serverKey, SshTarget target) {
        synchronized (locks.computeIfAbsent(serverKey, k -> new Object())) {
            Pooled pooled = pool.get(serverKey);
            if (pooled == null || !pooled.usableFor(target)) {
                if (pooled != null) {
                    pool.remove(serverKey);
                    closeQuietly(pooled);
                }
                pooled = connect(target);
                pool.put(serverKey, pooled);
                if (target.trustedHostKey() == null && pooled.hostKey() != null) {
                    hostKeyListener.firstSeen(serverKey, pooled.hostKey());
                }
            }
            pooled.inUse().incrementAndGet();
            pooled.lastUsed().set(System.nanoTime());
            return pooled;
        }
    }

    private void release(Pooled pooled) {
        pooled.lastUsed().set(System.nanoTime());
        pooled.inUse().decrementAndGet();
    }

    private void evict(String serverKey, Pooled pooled) {
        if (pool.remove(serverKey, pooled)) {
            closeQuietly(pooled);
        }
    }

    /**
     * A connection made step by step for a probe, outside the pool (the caller closes the client):
     * how long the handshake and the login took, the host key shown, and the failure that stopped
     * it, if one did ({@code failedStep} is {@code ssh-handshake}, {@code host-key} or
     * {@code authentication}).
     */
    record Attempt(SSHClient client, String presentedHostKey, long handshakeMs, long authMs,
                   AppaloftException failure, String failedStep, LoggedIn loggedIn) {
    }

    Attempt attempt(SshTarget target) {
        SSHClient client = newClient();
        HostKeys hostKeys = new HostKeys(target.trustedHostKey());
        client.addHostKeyVerifier(hostKeys);
        long start = System.nanoTime();
        try {
            handshake(client, target, hostKeys);
        } catch (AppaloftException e) {
            closeQuietly(client);
            String step = e.code().equals(SshErrors.HOST_KEY_MISMATCH) ? "host-key" : "ssh-handshake";
            return new Attempt(null, hostKeys.presented(), millisSince(start), 0, e, step, null);
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw e;
        }
        long handshakeMs = millisSince(start);
        long authStart = System.nanoTime();
        try {
            LoggedIn loggedIn = authenticate(client, target);
            return new Attempt(client, hostKeys.presented(), handshakeMs, millisSince(authStart), null, null, loggedIn);
        } catch (AppaloftException e) {
            closeQuietly(client);
            return new Attempt(null, hostKeys.presented(), handshakeMs, millisSince(authStart), e, "authentication", null);
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw e;
        }
    }

    /** Starts a command on a connection of the caller's (see {@link #attempt}). */
    RemoteCommand start(SSHClient client, String command) {
        return RemoteCommand.start(client, command, RemoteIo.NONE, readers, () -> { }, () -> { });
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private SSHClient newClient() {
        DefaultConfig config = new DefaultConfig();
        config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
        SSHClient client = new SSHClient(config);
        client.setConnectTimeout((int) settings.connectTimeout().toMillis());
        return client;
    }

    private Pooled connect(SshTarget target) {
        try {
            handshakes.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppaloftException(SshErrors.CONNECTION_LOST, "interrupted while connecting to " + where(target));
        }
        Attempt attempt;
        try {
            attempt = attempt(target);
        } finally {
            handshakes.release();
        }
        if (attempt.failure() != null) {
            throw attempt.failure();
        }
        SSHClient client = attempt.client();
        client.getConnection().getKeepAlive().setKeepAliveInterval((int) Math.max(1, settings.keepAlive().toSeconds()));
        opened.incrementAndGet();
        return new Pooled(client, target.identity(), attempt.presentedHostKey(), new AtomicLong(System.nanoTime()),
                new AtomicInteger(), new java.util.concurrent.ConcurrentLinkedDeque<>(), new AtomicInteger(),
                new ConcurrentHashMap<>());
    }

    private void handshake(SSHClient client, SshTarget target, HostKeys hostKeys) {
        try {
            client.connect(target.host(), target.port());
        } catch (TransportException e) {
            String presented = hostKeys.presented();
            if (presented != null && target.trustedHostKey() != null && !target.trustedHostKey().equals(presented)) {
                throw new AppaloftException(SshErrors.HOST_KEY_MISMATCH, "the host key of " + where(target)
                        + " changed: it shows " + presented + " but " + target.trustedHostKey() + " is trusted;"
                        + " accept the new key only if you know why it changed");
            }
            throw new AppaloftException(SshErrors.HANDSHAKE_FAILED, "the SSH handshake with " + where(target)
                    + " failed: " + e.getMessage());
        } catch (ConnectException | NoRouteToHostException | UnknownHostException | SocketTimeoutException e) {
            throw new AppaloftException(SshErrors.UNREACHABLE, where(target) + " cannot be reached ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new AppaloftException(SshErrors.HANDSHAKE_FAILED, "the SSH connection to " + where(target)
                    + " failed: " + e.getMessage());
        }
    }

    private LoggedIn authenticate(SSHClient client, SshTarget target) {
        if (!(target.key() instanceof SshKey key)) {
            return LocalLogin.authenticate(client, target, settings.agentSocket(), settings.keyFolder());
        }
        KeyProvider keys;
        PrivateKeys.Opened opened;
        try {
            // the credentials' own reader: every format they accept (PKCS#8 ed25519 too) logs in
            opened = PrivateKeys.open(key.privateKey(), key.passphrase());
            keys = new KeyPairWrapper(opened.keyPair());
        } catch (SshKeyException | RuntimeException e) {
            throw new AppaloftException(SshErrors.KEY_INVALID, "the private key for " + where(target)
                    + " cannot be read (wrong passphrase or not a private key)");
        }
        try {
            client.authPublickey(target.username(), keys);
            return new LoggedIn("configured-key", opened.info().publicKey().algorithm(),
                    opened.info().publicKey().fingerprint(), null);
        } catch (UserAuthException e) {
            throw new AppaloftException(SshErrors.AUTHENTICATION_FAILED, where(target) + " refused the key for user "
                    + target.username());
        } catch (TransportException e) {
            throw new AppaloftException(SshErrors.CONNECTION_LOST, "the connection to " + where(target)
                    + " dropped during authentication: " + e.getMessage());
        }
    }

    private void closeIdle() {
        long now = System.nanoTime();
        pool.forEach((key, pooled) -> {
            boolean idle = pooled.inUse().get() == 0
                    && now - pooled.lastUsed().get() > settings.idleTimeout().toNanos();
            if ((idle || !pooled.client().isConnected()) && pool.remove(key, pooled)) {
                LOG.debug("closing the {} SSH connection to server {}", idle ? "idle" : "dead", key);
                closeQuietly(pooled);
            }
        });
    }

    static String where(SshTarget target) {
        return target.username() + "@" + target.host() + ":" + target.port();
    }

    /** A pooled connection closes with its tunnels. */
    private static void closeQuietly(Pooled pooled) {
        pooled.forwards().values().forEach(LocalForward::close);
        pooled.forwards().clear();
        closeQuietly(pooled.client());
    }

    private static void closeQuietly(SSHClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException ignored) {
            // closing a connection that already broke
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        pool.values().forEach(SshConnections::closeQuietly);
        pool.clear();
        readers.close();
    }
}
