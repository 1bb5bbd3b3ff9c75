/**
 * A thin adapter over a real Docker engine, through docker-java (zerodep transport), for the
 * deployment engine to call.
 *
 * <p>{@link dev.appaloft.runtime.docker.DockerEngine} connects (local socket by default, or any
 * {@code DOCKER_HOST}) and hands out {@link dev.appaloft.runtime.docker.DockerImages} (build, pull,
 * import, remove), {@link dev.appaloft.runtime.docker.DockerContainers} (run from a
 * {@link dev.appaloft.runtime.docker.ContainerSpec}, inspect, stop/start/restart, remove, list by
 * label, exec), {@link dev.appaloft.runtime.docker.DockerLogs} (tail and follow) and
 * {@link dev.appaloft.runtime.docker.DockerNetworks} (user-defined bridges).
 * {@link dev.appaloft.runtime.docker.HttpProbe} checks a published port over HTTP and waits for
 * health the way Docker's HEALTHCHECK counts attempts. Every engine failure is a
 * {@link dev.appaloft.runtime.docker.DockerRuntimeException} with a stable code and a retryable flag.
 *
 * <p>Environment values are treated as secrets: they are never logged or put in a message, and the
 * create command docker-java logs at DEBUG has them masked. One exception this adapter cannot
 * prevent: DEBUG on the transport's wire logger ({@code
 * com.github.dockerjava.zerodep.shaded.org.apache.hc.client5.http.wire}) prints raw request
 * bodies, environment included; keep that logger off in production.
 */
package dev.appaloft.runtime.docker;
