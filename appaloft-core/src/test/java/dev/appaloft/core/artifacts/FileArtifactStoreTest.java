package dev.appaloft.core.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.artifacts.StoredArtifact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store: streamed and whole writes agree, a failed stream leaves nothing, keys stay under the root. */
class FileArtifactStoreTest {

    @TempDir Path root;

    @Test
    void aStreamedWriteHasTheDigestAndBytesOfAWholeOne() throws IOException {
        FileArtifactStore store = new FileArtifactStore(root);
        byte[] dump = new byte[300_000];
        new java.util.Random(7).nextBytes(dump);
        StoredArtifact streamed = store.put("backups/a.dump", new ByteArrayInputStream(dump));
        StoredArtifact whole = store.put("backups/b.dump", dump);
        assertThat(streamed.digest()).isEqualTo(whole.digest()).isEqualTo(Digests.sha256(dump));
        assertThat(streamed.sha256()).hasSize(64).isEqualTo(whole.digest().substring("sha256:".length()));
        assertThat(streamed.sizeBytes()).isEqualTo(dump.length);
        try (InputStream in = store.open("backups/a.dump")) {
            assertThat(in.readAllBytes()).isEqualTo(dump);
        }
    }

    @Test
    void aStreamThatFailsLeavesNoFileAndAKeyCannotLeaveTheRoot() throws IOException {
        FileArtifactStore store = new FileArtifactStore(root);
        InputStream broken = new InputStream() {
            int n;

            @Override
            public int read() throws IOException {
                if (n++ > 1000) {
                    throw new IOException("connection reset");
                }
                return 1;
            }
        };
        assertThatThrownBy(() -> store.put("backups/c.dump", broken)).isInstanceOf(IOException.class);
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
        assertThatThrownBy(() -> store.put("../escape", new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
