package dev.appaloft.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import dev.appaloft.runtime.docker.internal.DockerFailures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * One regular file into or out of a container through the engine's archive API (a tar stream of
 * that one file), streamed: a dump is never held in memory. commons-compress comes with
 * docker-java-core.
 */
final class DockerFileCopy {

    private static final int PIPE_BUFFER = 1 << 16;

    private final DockerClient client;

    DockerFileCopy(DockerClient client) {
        this.client = client;
    }

    /** Copies {@code path} of {@code container} into {@code out}; returns how many bytes. */
    long copyOut(String container, String path, OutputStream out) {
        try (InputStream archive = client.copyArchiveFromContainerCmd(container, path).exec();
             TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
            TarArchiveEntry entry = tar.getNextTarEntry();
            if (entry == null || !entry.isFile()) {
                throw new DockerRuntimeException(DockerErrorCode.OPERATION_FAILED,
                        path + " in " + container + " is not a regular file", null);
            }
            return tar.transferTo(out);
        } catch (IOException e) {
            throw new DockerRuntimeException(DockerErrorCode.OPERATION_FAILED,
                    "copying " + path + " out of " + container + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "copy out of " + container);
        }
    }

    /** Writes {@code size} bytes of {@code content} as {@code path} (mode 0644) in {@code container}; its folder exists. */
    void copyIn(String container, String path, InputStream content, long size) {
        int slash = path.lastIndexOf('/');
        if (slash < 0 || slash == path.length() - 1) {
            throw new IllegalArgumentException("an absolute file path is required: " + path);
        }
        String folder = slash == 0 ? "/" : path.substring(0, slash);
        String name = path.substring(slash + 1);
        AtomicReference<IOException> writeFailure = new AtomicReference<>();
        try (PipedInputStream archive = new PipedInputStream(PIPE_BUFFER)) {
            PipedOutputStream sink = new PipedOutputStream(archive);
            Thread writer = new Thread(() -> {
                try (TarArchiveOutputStream tar = new TarArchiveOutputStream(sink)) {
                    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                    TarArchiveEntry entry = new TarArchiveEntry(name);
                    entry.setSize(size);
                    entry.setMode(0100644);
                    tar.putArchiveEntry(entry);
                    long copied = content.transferTo(tar);
                    if (copied != size) {
                        throw new IOException("the content had " + copied + " bytes, not " + size);
                    }
                    tar.closeArchiveEntry();
                    tar.finish();
                } catch (IOException e) {
                    writeFailure.set(e);
                }
            }, "appaloft-docker-copy-in");
            writer.setDaemon(true);
            writer.start();
            try {
                client.copyArchiveToContainerCmd(container).withRemotePath(folder).withTarInputStream(archive).exec();
            } finally {
                archive.close(); // a writer still blocked on a full pipe ends with an IOException
                writer.join();
            }
            if (writeFailure.get() != null) {
                throw new DockerRuntimeException(DockerErrorCode.OPERATION_FAILED,
                        "copying into " + container + " failed: " + writeFailure.get().getMessage(), writeFailure.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerRuntimeException(DockerErrorCode.OPERATION_FAILED, "copy into " + container + " interrupted", e);
        } catch (IOException e) {
            throw new DockerRuntimeException(DockerErrorCode.OPERATION_FAILED,
                    "copying into " + container + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw DockerFailures.translate(e, DockerErrorCode.OPERATION_FAILED, "copy into " + container);
        }
    }
}
