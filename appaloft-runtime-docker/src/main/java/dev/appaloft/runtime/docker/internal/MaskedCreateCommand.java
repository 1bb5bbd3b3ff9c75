package dev.appaloft.runtime.docker.internal;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.core.DefaultDockerCmdExecFactory;
import com.github.dockerjava.core.command.CreateContainerCmdImpl;

/**
 * A create-container command whose {@code toString()} leaves out the environment. docker-java logs
 * every command at DEBUG through a reflective {@code toString()}, which would print each
 * {@code KEY=value}; a library must not leak secrets because a user turned DEBUG on.
 */
public final class MaskedCreateCommand {
  private MaskedCreateCommand() {}

  public static CreateContainerCmd create(DefaultDockerCmdExecFactory commands, String image) {
    return new CreateContainerCmdImpl(commands.createCreateContainerCmdExec(), null, image) {
      @Override
      public String toString() {
        String[] env = getEnv();
        return "CreateContainerCmd[name=" + getName() + ", image=" + getImage() + ", env=<"
            + (env == null ? 0 : env.length) + " values hidden>]";
      }
    };
  }
}
