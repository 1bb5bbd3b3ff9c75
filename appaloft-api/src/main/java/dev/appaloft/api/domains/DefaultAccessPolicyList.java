package dev.appaloft.api.domains;

import java.util.List;

public record DefaultAccessPolicyList(String schemaVersion, List<DefaultAccessPolicy> items) {

    public static final String SCHEMA_VERSION = "default-access-domain-policies.list/v1";
}
