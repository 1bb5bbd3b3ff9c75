package dev.appaloft.core.deployments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.dependencies.backups.DependencyBackupView;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.secrets.SecretBox;
import dev.appaloft.runtime.docker.DockerDeploymentRuntime;
import dev.appaloft.runtime.docker.testing.LocalDockerEngine;
import dev.appaloft.store.jdbc.JdbcStore;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/** What the ITs of managed databases on the real Docker engine share: their password, waiting for a backup, cleanup. */
final class ManagedDatabases {

    private ManagedDatabases() {
    }

    /** The database's current password, opened from its stored record. */
    static String password(JdbcStore store, SecretBox box, String id) throws Exception {
        JsonNode resource = Json.mapper().readTree(store.read(r -> r.find(StoreCollections.DEPENDENCY_RESOURCES, id))
                .orElseThrow().body());
        return box.open(resource.path("credentials").path("sealedPassword").asText());
    }

    /** The backup once {@code until} holds, or as it is after a minute. */
    static DependencyBackupView await(Appaloft.Session appaloft, String backupId,
                                      Predicate<DependencyBackupView> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            DependencyBackupView b = appaloft.dependencyBackups().showBackup(backupId).backup();
            if (until.test(b) || System.nanoTime() > deadline) {
                return b;
            }
            Thread.sleep(100);
        }
    }

    /** Removes the database's container, its data volume and the environment's network. */
    static void remove(LocalDockerEngine docker, DockerDeploymentRuntime runtime, String id, String environmentId) {
        runtime.find(Map.of("appaloft.dependency-resource", id)).forEach(i -> docker.engine().containers().remove(i.id()));
        runtime.volumes().orElseThrow().remove("appaloft-" + id + "-data");
        docker.engine().networks().remove("appaloft-env-" + environmentId.toLowerCase());
    }
}
