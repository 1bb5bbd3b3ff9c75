package dev.appaloft.api.dependencies;

/**
 * {@code resources.dependencyBindings.rotateSecret}: a new database password (generated unless
 * {@code secretValue} is given), set in the database itself; deployments already made keep the
 * snapshot they ran with, which {@code confirmHistoricalSnapshotsRemainUnchanged} acknowledges.
 *
 * @param secretRef when given, the binding's own reference (no other secret store is read)
 */
public record RotateBindingSecretInput(String resourceId, String bindingId, String secretRef, String secretValue,
                                       Boolean confirmHistoricalSnapshotsRemainUnchanged) {

    public static RotateBindingSecretInput generated(String resourceId, String bindingId) {
        return new RotateBindingSecretInput(resourceId, bindingId, null, null, true);
    }

    /** Never the value. */
    @Override
    public String toString() {
        return "RotateBindingSecretInput[resourceId=" + resourceId + ", bindingId=" + bindingId + ", secretRef="
                + secretRef + ", secretValue=" + (secretValue == null ? null : "********") + "]";
    }
}
