package dev.appaloft.core.deployments.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** Git repositories made in a test folder with JGit: no git binary, no network. */
public final class GitRepos implements AutoCloseable {

    private final Git git;
    private final Path dir;

    private GitRepos(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    /** A repository whose default branch is {@code main}. */
    public static GitRepos init(Path dir) {
        try {
            return new GitRepos(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Writes the files (relative path to content) and commits them; returns the commit's sha. */
    public String commit(String message, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Test", "test@example.com");
            return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call().name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public void branch(String name) {
        try {
            git.checkout().setCreateBranch(true).setName(name).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public void checkout(String name) {
        try {
            git.checkout().setName(name).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public void tag(String name) {
        try {
            git.tag().setName(name).setAnnotated(false).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
