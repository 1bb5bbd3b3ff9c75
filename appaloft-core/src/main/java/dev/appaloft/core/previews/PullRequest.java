package dev.appaloft.core.previews;

/**
 * What a verified GitHub {@code pull_request} delivery says about the pull request: its action,
 * the base repository (normalized as source fingerprints name repositories) and branch, and the
 * head repository, branch and commit. {@code fork} when the head repository is not the base one.
 */
public record PullRequest(String action, int number, String repository, String repositoryFullName, String baseRef,
                          String headLocator, String headRepositoryFullName, String headRef, String headSha,
                          boolean fork) {

    public static final String OPENED = "opened";
    public static final String REOPENED = "reopened";
    public static final String SYNCHRONIZE = "synchronize";
    public static final String CLOSED = "closed";

    public boolean opensOrUpdates() {
        return OPENED.equals(action) || REOPENED.equals(action) || SYNCHRONIZE.equals(action);
    }

    public boolean closes() {
        return CLOSED.equals(action);
    }
}
