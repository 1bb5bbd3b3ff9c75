package dev.appaloft.samples;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.environments.PromoteEnvironmentInput;
import dev.appaloft.api.environments.SetEnvironmentVariableInput;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableKind;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Embeds the control plane with the SQLite store: a project, a staging environment with a
 * secret, and its promotion to production. Run with
 * {@code mvn -q -pl samples -am package -DskipTests && java -cp "samples/target/samples.jar" dev.appaloft.samples.EmbeddedWorkspaceSample}.
 */
public final class EmbeddedWorkspaceSample {

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("appaloft-sample");
        try (Appaloft appaloft = AppaloftEngine.builder()
                .store(JdbcStore.sqlite(data.resolve("appaloft.db"), Clock.systemUTC()))
                .secretBox(AesGcmSecretBox.withKey("sample", AesGcmSecretBox.newKey()))
                .build()) {
            String project = appaloft.projects().create(CreateProjectInput.named("Sample Shop")).id();
            String staging = appaloft.environments()
                    .create(new CreateEnvironmentInput(project, "staging", EnvironmentKind.STAGING, null)).id();
            appaloft.environments().setVariable(new SetEnvironmentVariableInput(staging, "DATABASE_URL",
                    "postgres://shop:secret@db/shop", VariableKind.SECRET, VariableExposure.RUNTIME, null, true));
            appaloft.environments().setVariable(new SetEnvironmentVariableInput(staging, "LOG_LEVEL", "debug",
                    VariableKind.PLAIN_CONFIG, VariableExposure.RUNTIME, null, false));
            String production = appaloft.environments().promote(
                    new PromoteEnvironmentInput(staging, "production", EnvironmentKind.PRODUCTION)).id();

            System.out.println("project     " + appaloft.projects().show(project));
            System.out.println("production  " + appaloft.environments().show(production).maskedVariables());
            System.out.println("diff        " + appaloft.environments().diff(staging, production).entries());
            System.out.println("data folder " + data);
        }
    }
}
