package dev.appaloft.core.deployments.sources;

import dev.appaloft.api.deployments.DeploymentPhase;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.runtime.RuntimeLog;
import dev.appaloft.core.resources.SourceRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Git sources ({@code local-git}, {@code remote-git}, {@code git-public}) cloned with JGit, no git
 * binary needed. The refs are listed first, so a wrong URL and a wrong ref fail with different,
 * clear codes before anything is downloaded; then one ref is cloned shallow (depth 1). A pinned
 * commit ({@code commitSha}, or a full sha as {@code gitRef}) needs history, so it is cloned in
 * full and checked out. The resolved commit is recorded, and {@code .git} is removed before the
 * build: it would bloat the context, and its config may hold the URL's credentials.
 */
final class GitMaterializer implements SourceMaterializer {

    private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern SHORT_SHA = Pattern.compile("[0-9a-fA-F]{7,40}");
    /** How JGit says that a repository is missing or refuses us: asking again will not change it. */
    private static final List<String> ABSENT = List.of("not found", "not authorized", "authentication",
            "not permitted", "does not appear to be a git repository", "no such file", "cannot open git-upload-pack",
            "not a git repository");

    private final int timeoutSeconds;

    GitMaterializer(Duration timeout) {
        this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    }

    /**
     * What to clone: {@code ref} (a full ref name) or the default branch; {@code pin} the commit to
     * check out (null: the ref's head, cloned shallow); {@code expected} the head the shallow clone
     * must bring when a pin was satisfied by the ref's current head.
     */
    private record Target(String ref, String pin, String expected) {
    }

    @Override
    public Workspace materialize(SourceBinding source, Path into, RuntimeLog log) {
        String uri = repositoryUri(source);
        String shown = SourceRules.maskUserInfo(uri);
        Target target = target(source, listRefs(uri, shown), shown);
        log.write(DeploymentPhase.DETECT, RuntimeLog.Level.INFO, "cloning " + shown
                + (target.ref() != null ? " at " + Repository.shortenRefName(target.ref()) : " at its default branch")
                + (target.pin() == null ? " (shallow)" : ", to check out commit " + target.pin()));
        String sha = cloneInto(uri, shown, target, into, source.gitRef());
        SourcePaths.deleteTree(into.resolve(Constants.DOT_GIT));
        log.write(DeploymentPhase.DETECT, RuntimeLog.Level.INFO, "checked out commit " + sha);
        return new Workspace(into, true, sha);
    }

    private static Target target(SourceBinding source, Map<String, Ref> refs, String shown) {
        String ref = source.gitRef();
        String pin = source.commitSha() != null ? source.commitSha()
                : ref != null && FULL_SHA.matcher(ref).matches() ? ref : null;
        String fullRef = ref == null || ref.equals(pin) ? null : fullRef(refs, ref);
        if (ref != null && fullRef == null && pin == null) {
            if (!SHORT_SHA.matcher(ref).matches()) {
                throw SourceErrors.fail(SourceErrors.SOURCE_REF_NOT_FOUND, "the repository " + shown
                        + " has no branch or tag " + ref + branchesHint(refs));
            }
            pin = ref; // an abbreviated commit: only a full clone can tell
        }
        Ref head = refs.get(fullRef == null ? Constants.HEAD : fullRef);
        if (pin != null && head != null && head.getObjectId() != null
                && head.getObjectId().name().startsWith(pin.toLowerCase(Locale.ROOT))) {
            // the ref's head is the pinned commit (a retry, usually): a shallow clone of the ref brings it
            return new Target(fullRef, null, head.getObjectId().name());
        }
        return new Target(fullRef, pin, null);
    }

    /** Clones, checks out the pin if any, and returns the commit checked out. */
    private String cloneInto(String uri, String shown, Target target, Path into, String requestedRef) {
        CloneCommand clone = Git.cloneRepository().setURI(uri).setDirectory(into.toFile()).setTimeout(timeoutSeconds)
                .setCloneSubmodules(false);
        if (target.ref() != null) {
            clone.setBranch(target.ref()).setBranchesToClone(List.of(target.ref()));
        }
        if (target.pin() == null) {
            clone.setDepth(1).setNoTags();
        } else {
            clone.setNoCheckout(true).setCloneAllBranches(target.ref() == null);
        }
        try (Git git = clone.call()) {
            if (target.pin() != null) {
                checkout(git, target.pin(), shown);
            }
            ObjectId head = git.getRepository().resolve(Constants.HEAD + "^{commit}");
            if (head == null) {
                throw SourceErrors.fail(SourceErrors.SOURCE_REF_NOT_FOUND, "the repository " + shown
                        + " has no commit to check out" + (requestedRef == null ? " (is it empty?)" : " at " + requestedRef));
            }
            if (target.expected() != null && !head.name().equals(target.expected())) {
                throw SourceErrors.fail(SourceErrors.SOURCE_FETCH_FAILED, "the repository " + shown
                        + " moved while it was cloned (expected commit " + target.expected() + ", got " + head.name()
                        + "); try again");
            }
            return head.name();
        } catch (GitAPIException | java.io.IOException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            throw fetchFailure(e, uri, shown);
        }
    }

    private static String repositoryUri(SourceBinding source) {
        if (source.kind() != SourceBinding.Kind.LOCAL_GIT) {
            return source.locator();
        }
        Path repository = SourcePaths.localPath(source.locator());
        if (!Files.isDirectory(repository)) {
            throw SourceErrors.fail(SourceErrors.SOURCE_UNAVAILABLE, "there is no git repository at " + repository);
        }
        return repository.toString();
    }

    private Map<String, Ref> listRefs(String uri, String shown) {
        try {
            return Git.lsRemoteRepository().setRemote(uri).setTimeout(timeoutSeconds).callAsMap();
        } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            throw fetchFailure(e, uri, shown);
        }
    }

    /** {@code main} as {@code refs/heads/main} or {@code refs/tags/main}, whichever the repository has. */
    private static String fullRef(Map<String, Ref> refs, String ref) {
        for (String candidate : new String[] {ref, Constants.R_HEADS + ref, Constants.R_TAGS + ref}) {
            if (candidate.startsWith(Constants.R_REFS) && refs.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Moves the fresh clone to the pinned commit (a hard reset: the clone checked nothing out). */
    private static void checkout(Git git, String pin, String shown) throws GitAPIException, java.io.IOException {
        ObjectId commit;
        try {
            commit = git.getRepository().resolve(pin + "^{commit}");
        } catch (org.eclipse.jgit.errors.MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            commit = null;
        }
        if (commit == null) {
            throw SourceErrors.fail(SourceErrors.SOURCE_REF_NOT_FOUND, "the repository " + shown + " has no commit " + pin);
        }
        git.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit.name()).call();
    }

    private static String branchesHint(Map<String, Ref> refs) {
        List<String> branches = refs.keySet().stream().filter(r -> r.startsWith(Constants.R_HEADS))
                .map(Repository::shortenRefName).sorted().limit(10).toList();
        return branches.isEmpty() ? "" : " (branches: " + String.join(", ", branches) + ")";
    }

    /**
     * A missing or private repository will not appear on retry; a network failure may pass. The
     * message never carries the URL's credentials.
     */
    private static dev.appaloft.api.error.AppaloftException fetchFailure(Exception e, String uri, String shown) {
        if (e instanceof dev.appaloft.api.error.AppaloftException known) {
            return known;
        }
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && text.length() < 2000; cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        String message = scrub(text.toString(), uri, shown);
        String lower = message.toLowerCase(Locale.ROOT);
        boolean transient_ = lower.contains("timed out") || lower.contains("timeout") || lower.contains("connection")
                || lower.contains("unknownhost") || lower.contains("unknown host") || lower.contains("temporarily");
        boolean absent = !transient_ && (e instanceof InvalidRemoteException || ABSENT.stream().anyMatch(lower::contains));
        return SourceErrors.fail(absent ? SourceErrors.SOURCE_UNAVAILABLE : SourceErrors.SOURCE_FETCH_FAILED,
                "could not read the repository " + shown + ": " + message, e);
    }

    private static String scrub(String message, String uri, String shown) {
        String out = message.replace(uri, shown);
        int at = uri.indexOf('@');
        int scheme = uri.indexOf("://");
        if (scheme >= 0 && at > scheme) {
            String userInfo = uri.substring(scheme + 3, at);
            int colon = userInfo.indexOf(':');
            if (colon >= 0 && colon + 1 < userInfo.length()) {
                out = out.replace(userInfo.substring(colon + 1), "****");
            }
        }
        return out;
    }
}
