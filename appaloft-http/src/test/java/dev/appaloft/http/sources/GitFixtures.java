package dev.appaloft.http.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.http.ApiClient;
import java.time.Duration;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/** What the push-to-deploy and preview tests share: commits made as one developer, and waiting on a deployment. */
final class GitFixtures {

    private GitFixtures() {
    }

    /** Stages everything in the work tree and commits it unsigned as "Dev"; the new commit's sha. */
    static String commitAll(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Dev", "dev@example.com");
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call().name();
    }

    /** The deployment once it ended (succeeded, failed or canceled), or as it was after 30 s. */
    static JsonNode awaitDeployment(ApiClient api, String deployment) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode shown = null;
        while (System.nanoTime() < deadline) {
            shown = api.get("/api/deployments/" + deployment).body();
            if (shown.at("/status/current").asText().matches("succeeded|failed|canceled")) {
                return shown;
            }
            Thread.sleep(50);
        }
        return shown;
    }
}
