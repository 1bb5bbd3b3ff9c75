package dev.appaloft.runtime.ssh;

/**
 * What a connection logs in with: a configured private key ({@link SshKey}), or the identities of
 * the user running the control plane ({@link #LOCAL}: the SSH agent, then the default key files,
 * where {@link SshConnections.Settings} says they are).
 */
public sealed interface SshLogin permits SshKey, SshLogin.Local {

    Local LOCAL = new Local();

    /** The control plane user's own SSH identities. */
    final class Local implements SshLogin {

        private Local() {
        }

        @Override
        public String toString() {
            return "SshLogin[local]";
        }
    }
}
