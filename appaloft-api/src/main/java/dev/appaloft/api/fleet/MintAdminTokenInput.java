package dev.appaloft.api.fleet;

/** Mints a fleet admin token ({@code ax_admin_...}) for the caller's organization; a description helps tell tokens apart. */
public record MintAdminTokenInput(String description) {
}
