package dev.appaloft.core.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.sources.GitHubRepositoryList;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GitHub App client against {@link GitHubApiStub} (GitHub itself is not reachable from here). */
class GitHubAppClientTest {

    static GitHubApiStub github;

    @BeforeAll
    static void start() throws Exception {
        github = new GitHubApiStub(230);
    }

    @AfterAll
    static void stop() {
        github.close();
    }

    @Test
    void theAppsJwtIsAcceptedItsInstallationTokenListsEveryPageAndIsReused() {
        GitHubAppClient client = new GitHubAppClient(github.settings(), Clock.systemUTC());
        int before = github.tokensIssued.get();
        int problems = github.jwtProblems.size();
        List<GitHubRepositoryList.Repository> all = client.repositories(null);
        assertThat(all).hasSize(230);
        assertThat(all.get(0).fullName()).isEqualTo("acme-corp/tool-1");
        assertThat(all.get(0).id()).isEqualTo("1001");
        assertThat(all.get(2).privateRepository()).isTrue();
        assertThat(all.get(4).description()).as("GitHub's null description is left out").isNull();
        assertThat(all.get(0).cloneUrl()).isEqualTo("https://github.com/acme-corp/tool-1.git");
        assertThat(client.repositories("SHOP-2")).extracting(GitHubRepositoryList.Repository::name)
                .as("case-insensitive, on the full name").contains("shop-2", "shop-20", "shop-200").allMatch(
                        n -> n.startsWith("shop-2"));
        assertThat(github.tokensIssued.get() - before).as("the token is kept until it nearly expires").isEqualTo(1);
        assertThat(github.jwtProblems.subList(problems, github.jwtProblems.size())).isEmpty();
        assertThat(client.installation().path("account").path("login").asText()).isEqualTo("acme-corp");
    }

    @Test
    void aKeyGitHubDoesNotKnowIsAClearFailureAndABadPemIsRefusedWithoutItsText() throws Exception {
        int problems = github.jwtProblems.size();
        try (GitHubApiStub other = new GitHubApiStub(1)) {
            GitHubAppClient wrongKey = new GitHubAppClient(new GitHubAppSettings(GitHubApiStub.APP_ID,
                    other.privateKeyPem, null, github.apiUrl()), Clock.systemUTC());
            assertThatThrownBy(() -> wrongKey.repositories(null)).isInstanceOfSatisfying(AppaloftException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.GITHUB_API_FAILED);
                assertThat(e.getMessage()).contains("401").contains("check the App id and private key");
            });
            assertThat(github.jwtProblems.subList(problems, github.jwtProblems.size())).containsExactly("bad signature");
        }
        assertThatThrownBy(() -> new GitHubAppClient(GitHubAppSettings.of("1", "-----BEGIN RSA PRIVATE KEY-----\n"
                + "c2VjcmV0IGtleSB0ZXh0\n-----END RSA PRIVATE KEY-----"), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("c2VjcmV0");
        GitHubAppClient unreachable = new GitHubAppClient(new GitHubAppSettings("1", github.privateKeyPem, null,
                "http://127.0.0.1:1"), Clock.systemUTC());
        assertThatThrownBy(() -> unreachable.repositories(null)).isInstanceOfSatisfying(AppaloftException.class,
                e -> assertThat(e.getMessage()).contains("could not be reached"));
    }
}
