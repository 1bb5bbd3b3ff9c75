package dev.appaloft.http.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login file (private from the start) and the folder's remembered ids. */
class ConfigFilesTest {

    @TempDir
    Path tmp;

    @Test
    void theLoginIsWrittenOwnerOnlyAndReadBack() throws Exception {
        LoginStore store = new LoginStore(tmp.resolve("cfg"));
        assertThat(store.read()).isEmpty();
        store.write(new LoginStore.Login("http://h:4310", "tok-1"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("cfg")))).isEqualTo("rwx------");
        store.write(new LoginStore.Login("http://h:4310", "tok-2"));
        assertThat(store.read()).contains(new LoginStore.Login("http://h:4310", "tok-2"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        try (var files = Files.list(tmp.resolve("cfg"))) {
            assertThat(files).as("no drafts left behind").containsExactly(store.file());
        }
        assertThat(store.delete()).isTrue();
        assertThat(store.read()).isEmpty();
    }

    @Test
    void theLoginFolderFollowsTheEnvironment() {
        assertThat(LoginStore.forUser(Map.of("APPALOFT_CONFIG_DIR", "/x/y"), "/home/u").file())
                .isEqualTo(Path.of("/x/y/login.json"));
        assertThat(LoginStore.forUser(Map.of("XDG_CONFIG_HOME", "/c"), "/home/u").file())
                .isEqualTo(Path.of("/c/appaloft/login.json"));
        assertThat(LoginStore.forUser(Map.of(), "/home/u").file()).isEqualTo(Path.of("/home/u/.config/appaloft/login.json"));
    }

    @Test
    void aBrokenLoginFileIsAUsageErrorNamingIt() throws Exception {
        LoginStore store = new LoginStore(tmp);
        Files.writeString(store.file(), "{not json");
        assertThatThrownBy(store::read).isInstanceOf(CliFailure.class).hasMessageContaining(store.file().toString())
                .satisfies(e -> assertThat(((CliFailure) e).exitCode()).isEqualTo(ExitCode.USAGE));
    }

    @Test
    void theFolderRemembersIdsPerServer() {
        FolderConfig.read(tmp, "http://a").withProject("prj_1").withResource("res_1").write(tmp);
        assertThat(FolderConfig.read(tmp, "http://a").projectId()).isEqualTo("prj_1");
        assertThat(FolderConfig.read(tmp, "http://a").resourceId()).isEqualTo("res_1");
        assertThat(FolderConfig.read(tmp, "http://b").resourceId()).as("ids of another server are not reused").isNull();
        assertThat(FolderConfig.read(tmp, "http://b").server()).isEqualTo("http://b");
    }

    @Test
    void theConfiguredTargetPrefersTheOptionThenTheLogin() {
        LoginStore store = new LoginStore(tmp);
        CliOptions options = new CliOptions();
        assertThat(Target.configured(options, store)).as("nothing configured: embedded").isNull();
        store.write(new LoginStore.Login("http://saved:1", "saved-token"));
        assertThat(Target.configured(options, store)).isEqualTo(new LoginStore.Login("http://saved:1", "saved-token"));
        options.server = "http://saved:1/";
        assertThat(Target.configured(options, store).token()).as("the login's token for its own server").isEqualTo("saved-token");
        options.server = "http://other:2";
        assertThat(Target.configured(options, store).token()).as("never sent to another server").isNull();
        options.token = "given";
        assertThat(Target.configured(options, store)).isEqualTo(new LoginStore.Login("http://other:2", "given"));
    }

    @Test
    void resourceNamesComeFromFolderNames() {
        assertThat(FolderTargets.nameOf(Path.of("/x/My Site_2"))).isEqualTo("my-site-2");
        assertThat(FolderTargets.nameOf(Path.of("/x/---"))).isEqualTo("app");
    }
}
