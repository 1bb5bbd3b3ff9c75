package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.RuntimeLogArchivesApi;
import dev.appaloft.api.logarchives.*;
import dev.appaloft.api.resources.CreateResourceSecretInput;
import dev.appaloft.api.resources.running.RuntimeLogLine;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.artifacts.FileArtifactStore;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runtime log archives on every store, with the runtime double: the masked lines of the running
 * instance are kept compressed with their digest in the artifact store, listed without lines,
 * shown read back, and pruned by cutoff (a dry run by default), one audit event per command.
 */
public abstract class LogArchiveScenarios extends RunningAppFixture {

    @TempDir
    Path artifactsDir;

    @Override
    AppaloftEngine engine(boolean withProxy) {
        return AppaloftEngine.builder().store(store, appaloft == null).clock(clock)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .edgeProxy("local-shell", proxy).artifactStore(new FileArtifactStore(artifactsDir)).build();
    }

    RuntimeLogArchivesApi archives() {
        return appaloft.runtimeLogArchives();
    }

    @Test
    void anArchiveKeepsTheMaskedLinesCompressedAndShowsThemBack() throws IOException {
        appaloft.resources().createSecret(new CreateResourceSecretInput(resource, "DB_PASSWORD", SECRET, null));
        String deployment = deploy();
        runtime.print(instance().id(), "connected with " + SECRET);
        runtime.print(instance().id(), "ready");

        RuntimeLogsArchived archived = archives().archive(new ArchiveRuntimeLogsInput(resource, null, null, 100, null,
                null, "incident 42"));
        RuntimeLogArchive a = archived.archive();
        assertThat(archived.schemaVersion()).isEqualTo("resources.runtime-logs.archive/v1");
        assertThat(a.archiveId()).startsWith("rla_");
        assertThat(a.deploymentId()).isEqualTo(deployment);
        assertThat(a.serverId()).isEqualTo(server);
        assertThat(a.reason()).isEqualTo("incident 42");
        assertThat(a.retentionStatus()).isEqualTo("retained");
        assertThat(a.runtimeKind()).isEqualTo("docker-container");
        assertThat(a.lineCount()).isEqualTo(a.lines().size()).isEqualTo(3);
        assertThat(a.lines()).extracting(RuntimeLogLine::message).last().isEqualTo("ready");
        assertThat(a.toString()).doesNotContain(SECRET).contains("connected with ********");

        // what is stored is gzip, and no secret is in it either
        List<Path> blobs = files();
        assertThat(blobs).hasSize(1);
        byte[] bytes = Files.readAllBytes(blobs.get(0));
        assertThat(bytes[0] & 0xff).isEqualTo(0x1f);
        assertThat(bytes[1] & 0xff).isEqualTo(0x8b);

        // the instance is replaced: the archive still shows what it wrote
        deploy();
        RuntimeLogArchiveShown shown = archives().show(a.archiveId());
        assertThat(shown.schemaVersion()).isEqualTo("resources.runtime-log-archives.show/v1");
        assertThat(shown.archive()).isEqualTo(a);

        RuntimeLogArchiveList list = archives().list(ListRuntimeLogArchivesInput.ofResource(resource));
        assertThat(list.items()).extracting(RuntimeLogArchiveSummary::archiveId).containsExactly(a.archiveId());
        assertThat(list.items().get(0).lineCount()).isEqualTo(3);
        assertThat(list.nextCursor()).isNull();
        assertThat(audit("resource-runtime-logs-archived")).hasSize(1);
    }

    @Test
    void aTamperedArchiveIsRefusedNotShownWrong() throws IOException {
        deploy();
        String id = archives().archive(ArchiveRuntimeLogsInput.of(resource)).archive().archiveId();
        Files.write(files().get(0), new byte[] {1, 2, 3});
        assertFails(() -> archives().show(id), "runtime_log_archive_unreadable");
    }

    @Test
    void archivingRefusesWhatItCannotReadAndKeepsNothing() throws IOException {
        assertFails(() -> archives().archive(ArchiveRuntimeLogsInput.of(resource)), "resource_runtime_logs_unavailable");
        deploy();
        assertFails(() -> archives().archive(new ArchiveRuntimeLogsInput(resource, null, null, 0, null, null, null)),
                "validation_error");
        assertFails(() -> archives().archive(new ArchiveRuntimeLogsInput(resource, null, null, 1001, null, null, null)),
                "validation_error");
        assertFails(() -> archives().archive(new ArchiveRuntimeLogsInput(resource, null, "worker", null, null, null,
                null)), "resource_runtime_logs_context_mismatch");
        assertFails(() -> archives().archive(ArchiveRuntimeLogsInput.of("res_missing")), "not_found");
        assertFails(() -> archives().show("rla_missing"), "not_found");
        assertThat(files()).isEmpty();
        assertThat(archives().list(ListRuntimeLogArchivesInput.ofResource(null)).items()).isEmpty();
        assertThat(audit("resource-runtime-logs-archived")).isEmpty();
    }

    @Test
    void listsPageNewestFirstAndFilter() {
        deploy();
        for (int i = 0; i < 3; i++) {
            archives().archive(new ArchiveRuntimeLogsInput(resource, null, null, 5, null, null, "n" + i));
            clock.shift(Duration.ofSeconds(1));
        }
        RuntimeLogArchiveList first = archives().list(new ListRuntimeLogArchivesInput(resource, null, null, null, 2, null));
        assertThat(first.items()).extracting(RuntimeLogArchiveSummary::reason).containsExactly("n2", "n1");
        assertThat(first.nextCursor()).isNotNull();
        RuntimeLogArchiveList second = archives().list(new ListRuntimeLogArchivesInput(resource, null, null, null, 2,
                first.nextCursor()));
        assertThat(second.items()).extracting(RuntimeLogArchiveSummary::reason).containsExactly("n0");
        assertThat(second.nextCursor()).isNull();
        assertThat(archives().list(new ListRuntimeLogArchivesInput(null, null, "srv_other", null, null, null)).items())
                .isEmpty();
        assertThat(archives().list(new ListRuntimeLogArchivesInput(null, null, server, null, null, null)).items())
                .hasSize(3);
        assertFails(() -> archives().list(new ListRuntimeLogArchivesInput(null, null, null, null, 101, null)),
                "validation_error");
        assertFails(() -> archives().list(new ListRuntimeLogArchivesInput(null, null, null, null, null, "nonsense")),
                "validation_error");
    }

    @Test
    void pruneIsADryRunUnlessAskedAndRemovesRowsAndContent() throws IOException {
        deploy();
        String old = archives().archive(ArchiveRuntimeLogsInput.of(resource)).archive().archiveId();
        clock.shift(Duration.ofHours(2));
        String recent = archives().archive(ArchiveRuntimeLogsInput.of(resource)).archive().archiveId();
        String cutoff = clock.instant().minus(Duration.ofHours(1)).toString();

        RuntimeLogArchivesPruned dry = archives().prune(new PruneRuntimeLogArchivesInput(cutoff, null, null, null, null,
                null));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.matchedCount()).isEqualTo(1);
        assertThat(dry.prunedCount()).isZero();
        assertThat(dry.affectedResourceCount()).isEqualTo(1);
        assertThat(files()).hasSize(2);

        RuntimeLogArchivesPruned done = archives().prune(PruneRuntimeLogArchivesInput.before(cutoff, false));
        assertThat(done.schemaVersion()).isEqualTo("resources.runtime-log-archives.prune/v1");
        assertThat(done.prunedCount()).isEqualTo(1);
        assertThat(done.affectedResourceCount()).isEqualTo(1);
        assertFails(() -> archives().show(old), "not_found");
        assertThat(archives().show(recent).archive().archiveId()).isEqualTo(recent);
        assertThat(files()).hasSize(1);
        assertThat(audit("resource-runtime-log-archives-pruned")).hasSize(2);

        assertFails(() -> archives().prune(new PruneRuntimeLogArchivesInput(null, null, null, null, null, false)),
                "validation_error");
        assertFails(() -> archives().prune(new PruneRuntimeLogArchivesInput(cutoff, "", null, null, null, false)),
                "validation_error");
        assertFails(() -> archives().prune(new PruneRuntimeLogArchivesInput("yesterday", null, null, null, null, null)),
                "validation_error");
    }

    @Test
    void anotherOrganizationSeesNoArchiveAndCannotPruneThem() {
        deploy();
        String id = archives().archive(ArchiveRuntimeLogsInput.of(resource)).archive().archiveId();
        Actor stranger = new Actor(Actor.Kind.USER, "usr_x", "org_other", Actor.Role.OWNER);
        RuntimeLogArchivesApi theirs = appaloft.as(stranger).runtimeLogArchives();
        assertFails(() -> theirs.show(id), "not_found");
        assertFails(() -> theirs.archive(ArchiveRuntimeLogsInput.of(resource)), "not_found");
        assertThat(theirs.list(ListRuntimeLogArchivesInput.ofResource(null)).items()).isEmpty();
        RuntimeLogArchivesPruned pruned = theirs.prune(PruneRuntimeLogArchivesInput.before("2999-01-01T00:00:00Z", false));
        assertThat(pruned.matchedCount()).isZero();
        assertThat(archives().show(id).archive().archiveId()).isEqualTo(id);
    }

    List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(artifactsDir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    List<StreamRecord> audit(String type) {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).stream()
                .filter(e -> e.type().equals(type)).toList();
    }
}
