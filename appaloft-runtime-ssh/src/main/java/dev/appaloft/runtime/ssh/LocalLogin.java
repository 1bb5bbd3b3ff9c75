package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.ssh.SshKeyException;
import dev.appaloft.api.ssh.SshPublicKey;
import dev.appaloft.runtime.ssh.agent.AgentAuthMethod;
import dev.appaloft.runtime.ssh.agent.AgentClient;
import dev.appaloft.runtime.ssh.agent.AgentProtocol;
import dev.appaloft.runtime.ssh.keys.PrivateKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyPairWrapper;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPublickey;

/**
 * Logs in as {@code ssh} would for the user running the control plane: each key the SSH agent
 * holds, then the default key files ({@code id_ed25519}, {@code id_ecdsa}, {@code id_rsa}) of the
 * key folder; an encrypted file is skipped (the agent is where such a key belongs). Which
 * identity the server accepted is answered; a failure names every identity tried and what to do.
 */
final class LocalLogin {

    /** No agent answers and no key file can be used: the control plane has nothing to log in with. */
    static final ErrorCode NO_IDENTITY = new ErrorCode("ssh_local_identity_missing", 409, false);
    static final List<String> DEFAULT_FILES = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private record Candidate(AuthMethod method, SshPublicKey key, LoggedIn identity) {
    }

    private LocalLogin() {
    }

    static LoggedIn authenticate(SSHClient client, SshTarget target, Path agentSocket, Path keyFolder) {
        List<String> notes = new ArrayList<>();
        List<Candidate> tried = new ArrayList<>();
        AgentClient agent = openAgent(agentSocket, notes);
        try {
            List<Candidate> candidates = new ArrayList<>(agentCandidates(agent, notes));
            candidates.addAll(fileCandidates(keyFolder, candidates, notes));
            for (Candidate candidate : candidates) {
                tried.add(candidate);
                try {
                    client.auth(target.username(), candidate.method());
                    return candidate.identity();
                } catch (UserAuthException refused) {
                    // the next identity, as ssh does
                } catch (TransportException e) {
                    throw new AppaloftException(SshErrors.CONNECTION_LOST, "the connection to "
                            + SshConnections.where(target) + " dropped during authentication: " + e.getMessage());
                }
            }
        } finally {
            if (agent != null) {
                agent.close();
            }
        }
        String found = notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
        if (tried.isEmpty()) {
            throw new AppaloftException(NO_IDENTITY, "no SSH identity to log in to " + SshConnections.where(target)
                    + " with" + found + ": start ssh-agent for the user running the control plane and ssh-add a key"
                    + " (then start it with SSH_AUTH_SOCK set, or --ssh-agent-socket PATH), or put an unencrypted key"
                    + " at " + keyFolder + "/id_ed25519");
        }
        StringBuilder message = new StringBuilder(SshConnections.where(target)).append(" refused every identity tried");
        message.append(found).append(": ");
        message.append(String.join(", ", tried.stream().map(c -> c.identity().describe()).toList()));
        message.append("; add one of these public keys to ~/.ssh/authorized_keys of ").append(target.username())
                .append(": ").append(String.join(" | ", tried.stream().map(c -> c.key().openSsh()).distinct().toList()));
        throw new AppaloftException(SshErrors.AUTHENTICATION_FAILED, message.toString());
    }

    private static AgentClient openAgent(Path socket, List<String> notes) {
        if (socket == null) {
            notes.add("SSH_AUTH_SOCK is not set: no SSH agent");
            return null;
        }
        try {
            return AgentClient.connect(socket);
        } catch (IOException | RuntimeException e) {
            notes.add("no SSH agent answers at " + socket + " (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    private static List<Candidate> agentCandidates(AgentClient agent, List<String> notes) {
        if (agent == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        try {
            for (AgentProtocol.Identity id : agent.identities()) {
                SshPublicKey key;
                try {
                    key = SshPublicKey.ofBlob(id.blob());
                } catch (IllegalArgumentException e) {
                    continue; // a kind of key this client cannot name
                }
                out.add(new Candidate(new AgentAuthMethod(agent, id), key,
                        new LoggedIn("agent", key.algorithm(), key.fingerprint(), null)));
            }
            if (out.isEmpty()) {
                notes.add("the SSH agent holds no key");
            }
        } catch (IOException e) {
            notes.add("the SSH agent did not list its keys: " + e.getMessage());
        }
        return out;
    }

    /** The default key files that exist and open without a passphrase, except keys the agent offers already. */
    private static List<Candidate> fileCandidates(Path folder, List<Candidate> agentKeys, List<String> notes) {
        if (folder == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (String name : DEFAULT_FILES) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            PrivateKeys.Opened opened;
            try {
                opened = PrivateKeys.open(Files.readString(file), null);
            } catch (SshKeyException e) {
                notes.add(file + (e.problem() == SshKeyException.Problem.PASSPHRASE_REQUIRED
                        ? " is encrypted: skipped (ssh-add it to the agent)" : " cannot be read: skipped (" + e.getMessage() + ")"));
                continue;
            } catch (IOException | RuntimeException e) {
                notes.add(file + " cannot be read: skipped");
                continue;
            }
            SshPublicKey key = opened.info().publicKey();
            boolean inAgent = agentKeys.stream().anyMatch(c -> Arrays.equals(blob(c.key()), blob(key)));
            if (!inAgent) {
                out.add(new Candidate(new AuthPublickey(new KeyPairWrapper(opened.keyPair())), key,
                        new LoggedIn("file", key.algorithm(), key.fingerprint(), file.toString())));
            }
        }
        return out;
    }

    private static byte[] blob(SshPublicKey key) {
        return java.util.Base64.getDecoder().decode(key.base64());
    }
}
