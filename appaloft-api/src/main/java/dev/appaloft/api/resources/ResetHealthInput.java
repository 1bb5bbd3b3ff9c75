package dev.appaloft.api.resources;

/** {@code resources.resetHealth}: back to the default health policy. */
public record ResetHealthInput(String resourceId) {
}
