package dev.appaloft.api.credentials;

public record ListSshCredentialsInput(Integer limit) {

    public static ListSshCredentialsInput all() {
        return new ListSshCredentialsInput(null);
    }
}
