package dev.appaloft.http.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.dependencies.DependencyKind;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeDependencyImageOptionTest {

    @Test
    void dependencyImagesAreNamedPerKindAndAnUnknownKindIsRefused() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--dependency-image", "postgres=local/postgres:15",
                "--dependency-image", "redis=local/redis:7");
        assertThat(serve.dependencyImages).containsEntry("postgres", "local/postgres:15")
                .containsEntry("redis", "local/redis:7");
        assertThat(serve.dependencyKind("postgres")).isEqualTo(DependencyKind.POSTGRES);
        assertThatThrownBy(() -> serve.dependencyKind("nosql")).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("unknown kind nosql");
    }
}
