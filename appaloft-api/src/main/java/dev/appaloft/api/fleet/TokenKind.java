package dev.appaloft.api.fleet;

import com.fasterxml.jackson.annotation.JsonValue;

/** The three fleet token kinds and their raw prefixes. */
public enum TokenKind {
    ADMIN("admin", "ax_admin_"),
    DEPLOYMENT_GROUP("deployment-group", "ax_dg_"),
    DEPLOYMENT("deployment", "ax_deploy_");

    private final String wire;
    private final String prefix;

    TokenKind(String wire, String prefix) {
        this.wire = wire;
        this.prefix = prefix;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public String prefix() {
        return prefix;
    }
}
