package dev.appaloft.api.servers.capacity;

/** {@code servers.capacity.policy.show}: one policy by id ({@code policy} null when there is none). */
public record ShowCapacityPolicyInput(String policyId) {
}
