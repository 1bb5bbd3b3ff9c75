package dev.appaloft.api.credentials;

import java.util.List;

public record SshCredentialList(List<SshCredentialSummary> items) {
}
