package dev.appaloft.api.runtime;

/** A log follow in progress ({@link DeploymentRuntime#followLogs}); close it to stop following. */
public interface LogFollower extends AutoCloseable {

    /** False once no more lines can come: closed, or the instance stopped and the runtime ended the follow. */
    boolean isOpen();

    /** Stops following; no line reaches the sink after this returns. Idempotent. */
    @Override
    void close();
}
