package dev.appaloft.api.credentials;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The one kind of reusable credential the spec has: an SSH private key. */
public enum SshCredentialKind {
    @JsonProperty("ssh-private-key") SSH_PRIVATE_KEY
}
