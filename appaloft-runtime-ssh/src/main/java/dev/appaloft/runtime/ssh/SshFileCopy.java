package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One file into or out of a container on a server, through {@code docker exec} over SSH. In: the
 * content is the command's standard input ({@code cat > path}). Out: the remote command's output
 * arrives as text lines, so the file travels as base64 (76-character lines, each decoded as it
 * arrives: never the whole file in memory); the image's {@code base64} is used, or busybox's.
 */
final class SshFileCopy {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final String ENCODE = "if command -v base64 >/dev/null 2>&1; then exec base64 \"$1\"; "
            + "else exec busybox base64 \"$1\"; fi";

    private final RemoteDocker docker;

    SshFileCopy(RemoteDocker docker) {
        this.docker = docker;
    }

    long copyOut(String container, String path, OutputStream out) {
        AtomicLong written = new AtomicLong();
        Base64.Decoder decoder = Base64.getMimeDecoder();
        ExecResult result;
        try {
            result = docker.run(List.of("exec", container, "sh", "-c", ENCODE, "sh", path),
                    RemoteIo.stdout(line -> {
                        byte[] bytes = decoder.decode(line);
                        try {
                            out.write(bytes);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        written.addAndGet(bytes.length);
                    }), TIMEOUT);
        } catch (UncheckedIOException e) {
            throw failed("copying " + path + " out of " + container + " failed: " + e.getCause().getMessage());
        }
        if (!result.succeeded()) {
            throw failed("copying " + path + " out of " + container + " failed (exit " + result.exitStatus() + "): "
                    + result.stderr().strip());
        }
        return written.get();
    }

    void copyIn(String container, String path, InputStream content, long size) {
        AtomicLong sent = new AtomicLong();
        ExecResult result = docker.run(List.of("exec", "-i", container, "sh", "-c", "cat > \"$1\"", "sh", path),
                RemoteIo.input(in -> sent.set(content.transferTo(in))), TIMEOUT);
        if (!result.succeeded() || sent.get() != size) {
            throw failed("copying into " + path + " of " + container + " failed (exit " + result.exitStatus() + ", "
                    + sent.get() + " of " + size + " bytes): " + result.stderr().strip());
        }
    }

    private static AppaloftException failed(String message) {
        return new AppaloftException(new ErrorCode("runtime_copy_failed", 502, true), message);
    }
}
