/**
 * Custom domains ({@code domainBindings.*}) and the generated access host names
 * ({@code defaultAccessDomainPolicies.*}): inputs and views as the spec shapes them.
 */
package dev.appaloft.api.domains;
