package dev.appaloft.core.dependencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.artifacts.FileSystemArtifactStore;
import dev.appaloft.api.artifacts.StoredArtifact;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default artifact store: content, size and SHA-256 by key, replace and delete, keys that cannot escape its folder. */
class FileSystemArtifactStoreTest {

    @TempDir Path dir;

    @Test
    void putOpenStatReplaceAndDelete() throws Exception {
        FileSystemArtifactStore store = new FileSystemArtifactStore(dir.resolve("artifacts"));
        byte[] content = "a dump".getBytes(StandardCharsets.UTF_8);
        StoredArtifact put = store.put("backups/org_1/dbk_1.dump", new ByteArrayInputStream(content));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(put).isEqualTo(new StoredArtifact("backups/org_1/dbk_1.dump", content.length, sha));
        assertThat(store.stat("backups/org_1/dbk_1.dump")).contains(put);
        try (InputStream in = store.open("backups/org_1/dbk_1.dump")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        StoredArtifact replaced = store.put("backups/org_1/dbk_1.dump", new ByteArrayInputStream(new byte[0]));
        assertThat(replaced.sizeBytes()).isZero();
        assertThat(store.stat("backups/org_1/dbk_1.dump").orElseThrow().sha256()).isEqualTo(replaced.sha256());
        try (var files = Files.list(dir.resolve("artifacts/backups/org_1"))) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no partial file left")
                    .containsExactlyInAnyOrder("dbk_1.dump", "dbk_1.dump.sha256");
        }
        assertThat(store.delete("backups/org_1/dbk_1.dump")).isTrue();
        assertThat(store.delete("backups/org_1/dbk_1.dump")).isFalse();
        assertThat(store.stat("backups/org_1/dbk_1.dump")).isEmpty();
    }

    @Test
    void keysStayInsideTheFolder() {
        FileSystemArtifactStore store = new FileSystemArtifactStore(dir);
        for (String key : new String[] {"../x", "/etc/passwd", "a//b", "a/./b", "a/../../b", "", "a b", "a/"}) {
            assertThatThrownBy(() -> store.stat(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
