package dev.appaloft.api.system;

import java.util.List;

/**
 * A provider this instance can use: a deploy target (a runtime), or an infrastructure service
 * (edge proxy, access domain). Category {@code cloud-provider|deploy-target|infra-service}.
 */
public record Provider(String key, String title, String category, List<String> capabilities,
                       List<CapabilityDetail> capabilityDetails, ExtensionConfiguration configuration) {
}
