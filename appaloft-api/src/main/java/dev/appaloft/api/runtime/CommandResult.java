package dev.appaloft.api.runtime;

/** How a command run inside an instance ended, with what it printed (secrets are the caller's to keep out). */
public record CommandResult(int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0;
    }
}
