package dev.appaloft.api.servers;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code servers.configureCredential}: how the control plane logs in to the server. One of the
 * spec's three forms: the control plane's SSH agent ({@code local-ssh-agent}), a private key given
 * here ({@code ssh-private-key}, sealed with the server) or a reusable credential by id
 * ({@code stored-ssh-private-key}: the server refers to it, so rotating the credential switches
 * the server to the new key). {@code passphrase} opens an encrypted inline key (an extension).
 */
public record ConfigureServerCredentialInput(String serverId, Credential credential) {

    public enum Kind {
        @JsonProperty("local-ssh-agent") LOCAL_SSH_AGENT,
        @JsonProperty("ssh-private-key") SSH_PRIVATE_KEY,
        @JsonProperty("stored-ssh-private-key") STORED_SSH_PRIVATE_KEY
    }

    /** The spec's {@code oneOf}, as one record: the fields a kind does not take stay null. */
    public record Credential(Kind kind, String username, String publicKey, String privateKey, String passphrase,
                             String credentialId) {

        public static Credential localAgent(String username) {
            return new Credential(Kind.LOCAL_SSH_AGENT, username, null, null, null, null);
        }

        public static Credential privateKey(String username, String privateKey, String passphrase) {
            return new Credential(Kind.SSH_PRIVATE_KEY, username, null, privateKey, passphrase, null);
        }

        public static Credential stored(String credentialId, String username) {
            return new Credential(Kind.STORED_SSH_PRIVATE_KEY, username, null, null, null, credentialId);
        }

        @Override
        public String toString() {
            return "Credential[" + kind + ", username=" + username + ", credentialId=" + credentialId
                    + (privateKey == null ? "" : ", privateKey=***") + "]";
        }
    }

    public static ConfigureServerCredentialInput of(String serverId, Credential credential) {
        return new ConfigureServerCredentialInput(serverId, credential);
    }
}
