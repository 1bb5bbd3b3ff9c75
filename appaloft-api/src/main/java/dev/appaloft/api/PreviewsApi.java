package dev.appaloft.api;

import static dev.appaloft.api.catalog.DeploymentOperations.DEPLOYMENTS_CLEANUP_PREVIEW;
import static dev.appaloft.api.catalog.SourceOperations.*;

import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.previews.*;

/**
 * Preview environments of pull requests: the policy that allows them ({@code previewPolicies.*}),
 * the previews a GitHub {@code pull_request} delivery opened ({@code previewEnvironments.*}) and
 * their cleanup by source fingerprint ({@code deployments.cleanupPreview}).
 */
public final class PreviewsApi {

    private final OperationExecutor executor;

    public PreviewsApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public IdOutput configurePolicy(ConfigurePreviewPolicyInput input) {
        return executor.execute(PREVIEW_POLICIES_CONFIGURE, input);
    }

    public PreviewPolicyShown policy(PreviewScope scope) {
        return executor.execute(PREVIEW_POLICIES_SHOW, new ShowPreviewPolicyInput(scope));
    }

    public PreviewEnvironmentList list(ListPreviewEnvironmentsInput input) {
        return executor.execute(PREVIEW_ENVIRONMENTS_LIST, input);
    }

    public PreviewEnvironmentShown show(String previewEnvironmentId) {
        return executor.execute(PREVIEW_ENVIRONMENTS_SHOW, new ShowPreviewEnvironmentInput(previewEnvironmentId, null,
                null));
    }

    public PreviewEnvironmentDeleted delete(String resourceId, String previewEnvironmentId) {
        return executor.execute(PREVIEW_ENVIRONMENTS_DELETE, new DeletePreviewEnvironmentInput(resourceId,
                previewEnvironmentId));
    }

    public PreviewCleanedUp cleanup(CleanupPreviewInput input) {
        return executor.execute(DEPLOYMENTS_CLEANUP_PREVIEW, input);
    }
}
