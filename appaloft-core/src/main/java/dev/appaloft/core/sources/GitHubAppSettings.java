package dev.appaloft.core.sources;

import java.util.Objects;

/**
 * The GitHub App this instance acts as: its id, its private key (PEM, PKCS#1 as GitHub hands it out
 * or PKCS#8: a secret, never printed), the installation to act in (null: the App's only, or first,
 * installation) and the REST API base ({@code https://api.github.com}, or a GitHub Enterprise
 * Server's {@code https://HOST/api/v3}).
 */
public record GitHubAppSettings(String appId, String privateKeyPem, String installationId, String apiUrl) {

    public static final String DEFAULT_API = "https://api.github.com";

    public GitHubAppSettings {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API : apiUrl.replaceAll("/+$", "");
    }

    public static GitHubAppSettings of(String appId, String privateKeyPem) {
        return new GitHubAppSettings(appId, privateKeyPem, null, null);
    }

    @Override
    public String toString() {
        return "GitHubAppSettings[app " + appId + ", installation " + installationId + ", " + apiUrl + "]";
    }
}
