package dev.appaloft.api.domains;

public record ListDefaultAccessPoliciesInput() {
}
