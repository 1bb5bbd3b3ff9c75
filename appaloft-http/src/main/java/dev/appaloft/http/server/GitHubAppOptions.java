package dev.appaloft.http.server;

import dev.appaloft.core.sources.GitHubAppSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code serve}'s GitHub App options: the App this instance acts as to list repositories. */
final class GitHubAppOptions {

    @Option(names = "--github-app-id", paramLabel = "ID", defaultValue = "${env:APPALOFT_GITHUB_APP_ID}",
            description = "The GitHub App this instance acts as (integrations.github.repositories.list); none: no App.")
    String appId;

    @Option(names = "--github-app-private-key", paramLabel = "PEM",
            defaultValue = "${env:APPALOFT_GITHUB_APP_PRIVATE_KEY_FILE}",
            description = "The App's private key file as GitHub hands it out (PKCS#1 PEM, or PKCS#8).")
    Path privateKey;

    @Option(names = "--github-app-installation-id", paramLabel = "ID",
            defaultValue = "${env:APPALOFT_GITHUB_APP_INSTALLATION_ID}",
            description = "The installation to act in (default: the App's first installation).")
    String installationId;

    @Option(names = "--github-api-url", paramLabel = "URL", defaultValue = "${env:APPALOFT_GITHUB_API_URL}",
            description = "GitHub's REST API (default: " + GitHubAppSettings.DEFAULT_API
                    + "; GitHub Enterprise Server: https://HOST/api/v3).")
    String apiUrl;

    /** The settings, or null without an App id; an id without a key is refused. */
    GitHubAppSettings settings() throws IOException {
        if (appId == null || appId.isBlank()) {
            return null;
        }
        if (privateKey == null) {
            throw new IllegalArgumentException("--github-app-id needs --github-app-private-key");
        }
        return new GitHubAppSettings(appId.strip(), Files.readString(privateKey),
                installationId == null || installationId.isBlank() ? null : installationId.strip(), apiUrl);
    }
}
