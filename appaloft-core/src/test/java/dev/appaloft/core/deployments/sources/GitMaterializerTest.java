package dev.appaloft.core.deployments.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.SourceBinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitMaterializerTest {

    @TempDir Path tmp;
    final GitMaterializer git = new GitMaterializer(Duration.ofSeconds(20));
    final RecordingLog log = new RecordingLog();
    String first;
    String second;
    String feature;

    @BeforeEach
    void repository() {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            first = repo.commit("first", Map.of("index.html", "one", "sub/app.txt", "in sub"));
            repo.tag("v1");
            second = repo.commit("second", Map.of("index.html", "two"));
            repo.branch("feature");
            feature = repo.commit("feature", Map.of("index.html", "feature"));
            repo.checkout("main");
        }
    }

    private static SourceBinding source(SourceBinding.Kind kind, String locator, String ref, String sha) {
        return new SourceBinding(kind, locator, null, null, ref, sha, null, null, null, null, null, null, null, null,
                null);
    }

    private Path checkout() {
        return tmp.resolve("checkout-" + System.nanoTime());
    }

    @Test
    void aLocalRepositoryIsClonedAtItsDefaultBranchAndItsCommitRecorded() throws Exception {
        Workspace ws = git.materialize(source(SourceBinding.Kind.LOCAL_GIT, tmp.resolve("repo").toString(), null, null),
                checkout(), log);
        assertThat(ws.commitSha()).isEqualTo(second);
        assertThat(ws.owned()).isTrue();
        assertThat(Files.readString(ws.root().resolve("index.html"))).isEqualTo("two");
        assertThat(ws.root().resolve(".git")).as("no repository metadata reaches the build").doesNotExist();
        assertThat(log.toString()).contains("shallow").contains("checked out commit " + second);
    }

    @Test
    void aFileUrlIsClonedAtTheRequestedBranchOrTag() throws Exception {
        String url = tmp.resolve("repo").toUri().toString();
        Workspace branch = git.materialize(source(SourceBinding.Kind.REMOTE_GIT, url, "feature", null), checkout(), log);
        assertThat(branch.commitSha()).isEqualTo(feature);
        assertThat(Files.readString(branch.root().resolve("index.html"))).isEqualTo("feature");

        Workspace tag = git.materialize(source(SourceBinding.Kind.GIT_PUBLIC, url, "v1", null), checkout(), log);
        assertThat(tag.commitSha()).isEqualTo(first);
        assertThat(Files.readString(tag.root().resolve("index.html"))).isEqualTo("one");
    }

    @Test
    void aPinnedCommitIsCheckedOutEvenWhenItIsNotABranchHead() throws Exception {
        String url = tmp.resolve("repo").toUri().toString();
        Workspace pinned = git.materialize(source(SourceBinding.Kind.REMOTE_GIT, url, "main", first), checkout(), log);
        assertThat(pinned.commitSha()).isEqualTo(first);
        assertThat(Files.readString(pinned.root().resolve("index.html"))).isEqualTo("one");

        Workspace byRef = git.materialize(source(SourceBinding.Kind.REMOTE_GIT, url, first.substring(0, 10), null),
                checkout(), log);
        assertThat(byRef.commitSha()).isEqualTo(first);

        // pinned to the branch's current head (a retry, usually): a shallow clone is enough
        log.lines.clear();
        Workspace head = git.materialize(source(SourceBinding.Kind.REMOTE_GIT, url, "feature", feature), checkout(), log);
        assertThat(head.commitSha()).isEqualTo(feature);
        assertThat(log.toString()).contains("shallow");
    }

    @Test
    void aWrongRefFailsWithItsOwnCodeAndNamesTheBranches() {
        String url = tmp.resolve("repo").toUri().toString();
        assertThatThrownBy(() -> git.materialize(source(SourceBinding.Kind.REMOTE_GIT, url, "nope", null), checkout(), log))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).as(e.getMessage()).isEqualTo(SourceErrors.SOURCE_REF_NOT_FOUND);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("nope").contains("feature, main");
                });
        assertThatThrownBy(() -> git.materialize(source(SourceBinding.Kind.REMOTE_GIT, url, "main",
                "0123456789abcdef0123456789abcdef01234567"), checkout(), log))
                .isInstanceOfSatisfying(AppaloftException.class,
                        e -> assertThat(e.code()).isEqualTo(SourceErrors.SOURCE_REF_NOT_FOUND));
    }

    @Test
    void aMissingRepositoryIsNotRetryable() {
        String url = tmp.resolve("nowhere").toUri().toString();
        assertThatThrownBy(() -> git.materialize(source(SourceBinding.Kind.REMOTE_GIT, url, null, null), checkout(), log))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(SourceErrors.SOURCE_UNAVAILABLE);
                    assertThat(e.retryable()).isFalse();
                });
        assertThatThrownBy(() -> git.materialize(source(SourceBinding.Kind.LOCAL_GIT, tmp.resolve("nowhere").toString(),
                null, null), checkout(), log))
                .isInstanceOfSatisfying(AppaloftException.class,
                        e -> assertThat(e.code()).isEqualTo(SourceErrors.SOURCE_UNAVAILABLE));
    }

    @Test
    void anUnreachableServerIsRetryableAndItsCredentialsAreNeverShown() {
        String url = "http://deploy:hunter2-secret@127.0.0.1:1/acme/shop.git";
        assertThatThrownBy(() -> git.materialize(source(SourceBinding.Kind.GIT_PUBLIC, url, null, null), checkout(), log))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(SourceErrors.SOURCE_FETCH_FAILED);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("127.0.0.1").doesNotContain("hunter2-secret");
                });
        assertThat(log.toString()).doesNotContain("hunter2-secret");
    }
}
