package dev.appaloft.runtime.docker;

/** What a command run inside a container printed, and how it exited. */
public record ExecResult(int exitCode, String stdout, String stderr) {
  public boolean succeeded() {
    return exitCode == 0;
  }
}
