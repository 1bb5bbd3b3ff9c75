package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.StorageVolumesApi;
import dev.appaloft.api.deployments.CreateDeploymentInput;
import dev.appaloft.api.deployments.DeploymentDetail;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.runtime.VolumeMount;
import dev.appaloft.api.storage.*;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.deployments.FakeVolumes;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storageVolumes.*} and {@code resources.attachStorage|detachStorage} through the facade on
 * one store, with a fake machine: the records and their rules, the mounts every new container of
 * a resource gets, and what a runtime cleanup keeps and why.
 */
public abstract class StorageScenarios {

    static final Instant LONG_AGO = Instant.now().minus(Duration.ofDays(30));
    static final String CUTOFF = Instant.now().minus(Duration.ofDays(1)).toString();

    @TempDir Path dir;
    protected Store store;
    protected AppaloftEngine engine;
    protected final FakeRuntime runtime = new FakeRuntime();
    protected final FakeVolumes volumes = new FakeVolumes();
    Appaloft.Session other;
    SampleApp app;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        runtime.volumes = volumes;
        store = openStore();
        engine = AppaloftEngine.builder().store(store).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).workDirectory(dir.resolve("work")).dailyHousekeeping(false).build();
        other = engine.as(Actor.user("usr_other", "org_other", Actor.Role.OWNER));
        app = SampleApp.create(engine.system());
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private StorageVolumesApi storage() {
        return engine.storageVolumes();
    }

    private String volume(String name) {
        return storage().create(CreateStorageVolumeInput.namedVolume(app.project(), app.env(), name)).id();
    }

    private long audit(String type) {
        return Failures.audits(store, type);
    }

    private static void assertInvalid(ThrowingCallable call, String field) {
        Failures.assertInvalid(call, field);
    }

    private DeploymentDetail deploy() {
        String id = engine.deployments().create(new CreateDeploymentInput(app.project(), app.server(), null, app.env(),
                app.resource(), null)).id();
        return engine.deployments().show(id);
    }

    @Test
    void aVolumeIsCreatedListedRenamedAndDeletedWithOneAuditEventEach() {
        String id = volume("Uploads");
        StorageVolumeView shown = storage().show(id).storageVolume();
        assertThat(shown.slug()).isEqualTo("uploads");
        assertThat(shown.kind()).isEqualTo(StorageVolumeKind.NAMED_VOLUME);
        assertThat(shown.lifecycleStatus()).isEqualTo("active");
        assertThat(shown.backupRelationship().retentionRequired()).isFalse();
        assertThat(shown.attachmentCount()).isZero();
        assertThat(storage().list(new ListStorageVolumesInput(app.project(), null)).items()).extracting(StorageVolumeView::id)
                .containsExactly(id);
        assertFails(() -> volume("uploads"), ErrorCode.STORAGE_VOLUME_SLUG_CONFLICT);

        assertThat(engine.projects().deleteCheck(app.project()).blockers())
                .anySatisfy(b -> assertThat(List.of(b.kind(), String.valueOf(b.count())))
                        .containsExactly("storage-volume", "1"));
        storage().rename(id, "User files");
        assertThat(storage().show(id).storageVolume().slug()).isEqualTo("user-files");
        storage().rename(id, "User files"); // as named already: no write, no event
        storage().delete(id);

        StorageVolumeView deleted = storage().show(id).storageVolume();
        assertThat(deleted.lifecycleStatus()).isEqualTo("deleted");
        assertThat(deleted.deletedAt()).isNotNull();
        assertThat(storage().list(ListStorageVolumesInput.all()).items()).isEmpty();
        assertFails(() -> storage().rename(id, "again"), ErrorCode.NOT_FOUND);
        assertFails(() -> storage().delete(id), ErrorCode.NOT_FOUND);
        assertThat(volume("User files")).as("a deleted volume's slug is free again").isNotEqualTo(id);
        assertThat(List.of(audit("storage-volume-created"), audit("storage-volume-renamed"),
                audit("storage-volume-deleted"))).containsExactly(2L, 1L, 1L);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertInvalid(() -> storage().create(new CreateStorageVolumeInput(app.project(), app.env(), "x", null, null,
                null, null)), "kind");
        assertInvalid(() -> storage().create(new CreateStorageVolumeInput(app.project(), app.env(), "x",
                StorageVolumeKind.BIND_MOUNT, null, null, null)), "sourcePath");
        assertInvalid(() -> storage().create(new CreateStorageVolumeInput(app.project(), app.env(), "x",
                StorageVolumeKind.BIND_MOUNT, null, "/srv/../etc", null)), "sourcePath");
        assertInvalid(() -> storage().create(new CreateStorageVolumeInput(app.project(), app.env(), "x",
                StorageVolumeKind.NAMED_VOLUME, null, "/srv/data", null)), "sourcePath");
        assertInvalid(() -> storage().create(new CreateStorageVolumeInput(app.project(), app.env(), " ",
                StorageVolumeKind.NAMED_VOLUME, null, null, null)), "name");
        String otherProject = engine.projects().create(dev.appaloft.api.projects.CreateProjectInput.named("blog")).id();
        assertInvalid(() -> storage().create(CreateStorageVolumeInput.namedVolume(otherProject, app.env(), "x")),
                "environmentId");
        String id = volume("data");
        for (String bad : List.of("data", "/", "/data/../etc", "/data/", "/a:b", "/a,b")) {
            assertInvalid(() -> engine.resources().attachStorage(AttachStorageInput.of(app.resource(), id, bad)),
                    "destinationPath");
        }
        assertInvalid(() -> storage().cleanupRuntime(new CleanupStorageRuntimeInput(id, app.server(), "yesterday",
                null)), "before");
        assertInvalid(() -> storage().cleanupRuntime(new CleanupStorageRuntimeInput(id, app.server(), null, null)),
                "before");
    }

    @Test
    void attachmentsAreUniquePerPathStayInTheEnvironmentAndBlockDelete() {
        String id = volume("data");
        String attachment = engine.resources().attachStorage(new AttachStorageInput(app.resource(), id, "/var/data",
                MountMode.READ_ONLY)).id();
        StorageVolumeView shown = storage().show(id).storageVolume();
        assertThat(shown.attachmentCount()).isEqualTo(1);
        StorageVolumeView.Attachment a = shown.attachments().get(0);
        assertThat(List.of(a.attachmentId(), a.resourceId(), a.resourceName(), a.resourceSlug(), a.destinationPath()))
                .containsExactly(attachment, app.resource(), "web", "web", "/var/data");
        assertThat(a.mountMode()).isEqualTo(MountMode.READ_ONLY);
        String second = volume("cache");
        assertFails(() -> engine.resources().attachStorage(AttachStorageInput.of(app.resource(), second, "/var/data")),
                ErrorCode.STORAGE_DESTINATION_CONFLICT);
        String staging = engine.environments().create(new CreateEnvironmentInput(app.project(), "staging",
                EnvironmentKind.STAGING, null)).id();
        String elsewhere = storage().create(CreateStorageVolumeInput.namedVolume(app.project(), staging, "data")).id();
        assertInvalid(() -> engine.resources().attachStorage(AttachStorageInput.of(app.resource(), elsewhere, "/x")),
                "storageVolumeId");

        assertFails(() -> storage().delete(id), ErrorCode.STORAGE_VOLUME_DELETE_BLOCKED);
        assertFails(() -> engine.resources().detachStorage(app.resource(), "sat_unknown"), ErrorCode.NOT_FOUND);
        engine.resources().detachStorage(app.resource(), attachment);
        assertThat(storage().show(id).storageVolume().attachments()).isEmpty();
        storage().delete(id);
        assertThat(List.of(audit("resource-storage-attached"), audit("resource-storage-detached"))).containsExactly(1L, 1L);

        String retained = storage().create(new CreateStorageVolumeInput(app.project(), app.env(), "keep",
                StorageVolumeKind.NAMED_VOLUME, null, null, new BackupRelationship(true, "nightly dumps"))).id();
        assertFails(() -> storage().delete(retained), ErrorCode.STORAGE_VOLUME_DELETE_BLOCKED);
    }

    @Test
    void anotherOrganizationSeesNothingAndChangesNothing() {
        String id = volume("data");
        String attachment = engine.resources().attachStorage(AttachStorageInput.of(app.resource(), id, "/data")).id();
        assertFails(() -> other.storageVolumes().show(id), ErrorCode.NOT_FOUND);
        assertFails(() -> other.storageVolumes().rename(id, "mine"), ErrorCode.NOT_FOUND);
        assertFails(() -> other.storageVolumes().delete(id), ErrorCode.NOT_FOUND);
        assertFails(() -> other.storageVolumes().cleanupRuntime(new CleanupStorageRuntimeInput(id, app.server(), CUTOFF,
                null)), ErrorCode.NOT_FOUND);
        assertFails(() -> other.resources().detachStorage(app.resource(), attachment), ErrorCode.NOT_FOUND);
        assertFails(() -> other.storageVolumes().create(CreateStorageVolumeInput.namedVolume(app.project(), app.env(),
                "x")), ErrorCode.NOT_FOUND);
        assertThat(other.storageVolumes().list(ListStorageVolumesInput.all()).items()).isEmpty();
        assertThat(storage().show(id).storageVolume().attachmentCount()).isEqualTo(1);
    }

    @Test
    void everyNewContainerOfTheResourceMountsItsAttachedVolumes() {
        String id = volume("data");
        engine.resources().attachStorage(AttachStorageInput.of(app.resource(), id, "/data"));
        assertThat(deploy().status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(deploy().status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(runtime.mounts.values()).hasSize(2)
                .allSatisfy(m -> assertThat(m).containsExactly(VolumeMount.volume("appaloft-" + id, "/data", false)));
        assertThat(volumes.volumes.get("appaloft-" + id).labels()).containsEntry("appaloft.storage-volume", id)
                .containsEntry("appaloft.environment", app.env());

        runtime.volumes = null; // a runtime that keeps no volumes cannot run a resource with storage
        DeploymentDetail refused = deploy();
        assertThat(refused.status().current()).isEqualTo(DeploymentStatus.FAILED);
        assertThat(refused.latestFailure().message()).startsWith("storage_runtime_unsupported");
    }

    @Test
    void cleanupRemovesOnlyWhatNothingNeedsAndOnlyWhenTold() {
        String id = volume("data");
        String name = "appaloft-" + id;
        volumes.now = LONG_AGO;
        String attachment = engine.resources().attachStorage(AttachStorageInput.of(app.resource(), id, "/data")).id();
        deploy();
        CleanupStorageRuntimeInput dry = new CleanupStorageRuntimeInput(id, app.server(), CUTOFF, null);
        assertThat(storage().cleanupRuntime(dry).candidates()).extracting(StorageRuntimeCleanup.Candidate::blockedReason)
                .containsExactly("active-attachment");
        engine.resources().detachStorage(app.resource(), attachment);
        assertThat(storage().cleanupRuntime(dry).candidates()).extracting(StorageRuntimeCleanup.Candidate::blockedReason)
                .as("the running container still mounts it").containsExactly("active-runtime");
        volumes.users.clear(); // the container is gone
        StorageRuntimeCleanup matched = storage().cleanupRuntime(dry);
        assertThat(matched.dryRun()).isTrue();
        assertThat(matched.candidates()).extracting(StorageRuntimeCleanup.Candidate::action).containsExactly("matched");
        assertThat(matched.summary().matchedCount()).isEqualTo(1);
        assertThat(matched.server().id()).isEqualTo(app.server());
        assertThat(volumes.volumes).containsKey(name);
        assertThat(audit("storage-volume-runtime-cleaned")).as("a dry run changes nothing").isZero();

        CleanupStorageRuntimeInput young = new CleanupStorageRuntimeInput(id, app.server(),
                LONG_AGO.minus(Duration.ofDays(1)).toString(), false);
        assertThat(storage().cleanupRuntime(young).candidates()).extracting(StorageRuntimeCleanup.Candidate::blockedReason)
                .containsExactly("cutoff-not-reached");
        StorageRuntimeCleanup cleaned = storage().cleanupRuntime(new CleanupStorageRuntimeInput(id, app.server(),
                CUTOFF, false));
        assertThat(cleaned.candidates()).extracting(StorageRuntimeCleanup.Candidate::action).containsExactly("cleaned");
        assertThat(cleaned.summary().cleanedCount()).isEqualTo(1);
        assertThat(volumes.volumes).doesNotContainKey(name);
        assertThat(audit("storage-volume-runtime-cleaned")).isEqualTo(2);

        volumes.put(name, Map.of("made-by", "someone else"), LONG_AGO);
        assertThat(storage().cleanupRuntime(dry).candidates()).extracting(StorageRuntimeCleanup.Candidate::blockedReason)
                .containsExactly("ownership-unproven");
        String bind = storage().create(new CreateStorageVolumeInput(app.project(), app.env(), "host",
                StorageVolumeKind.BIND_MOUNT, null, "/srv/host-data", null)).id();
        StorageRuntimeCleanup.Candidate host = storage().cleanupRuntime(new CleanupStorageRuntimeInput(bind,
                app.server(), CUTOFF, false)).candidates().get(0);
        assertThat(List.of(host.target(), host.action(), host.blockedReason()))
                .containsExactly("/srv/host-data", "blocked", "bind-mount-unsupported");
    }
}
