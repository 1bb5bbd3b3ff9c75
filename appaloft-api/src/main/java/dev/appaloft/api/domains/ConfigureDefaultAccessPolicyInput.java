package dev.appaloft.api.domains;

/**
 * {@code defaultAccessDomainPolicies.configure}: how generated host names are made at one scope.
 * {@code mode} {@code disabled} gives none; {@code provider} uses a built-in provider
 * ({@code providerKey} {@code local}, the default: {@code <resource>-<environment>.<the engine's
 * base domain>}, or {@code sslip}: {@code <resource>-<environment>.<server IPv4>.sslip.io});
 * {@code custom-template} uses {@code templateRef}, a base domain ({@code apps.example.com} or
 * the wildcard {@code *.apps.example.com}) or a template with {@code {resource}},
 * {@code {environment}} and {@code {server}} ({@code {resource}.{environment}.example.com}).
 * One policy per scope: configuring it again replaces it, and as it is writes nothing.
 */
public record ConfigureDefaultAccessPolicyInput(AccessPolicyScope scope, String mode, String providerKey,
                                                String templateRef, String idempotencyKey) {

    public static ConfigureDefaultAccessPolicyInput of(AccessPolicyScope scope, String mode, String providerKey,
                                                       String templateRef) {
        return new ConfigureDefaultAccessPolicyInput(scope, mode, providerKey, templateRef, null);
    }
}
