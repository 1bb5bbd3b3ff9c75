package dev.appaloft.api.error;

import java.util.Objects;

/**
 * A stable, machine-readable error code with the HTTP status it maps to and whether retrying the
 * same call may succeed. Codes are part of the public contract: never rename one.
 */
public record ErrorCode(String code, int httpStatus, boolean retryable) {

    // generic
    public static final ErrorCode VALIDATION_ERROR = new ErrorCode("validation_error", 400, false);
    public static final ErrorCode MALFORMED_REQUEST = new ErrorCode("malformed_request", 400, false);
    public static final ErrorCode REQUEST_TOO_LARGE = new ErrorCode("request_too_large", 413, false);
    public static final ErrorCode UNAUTHORIZED = new ErrorCode("product_auth_missing", 401, false);
    public static final ErrorCode INVALID_CREDENTIALS = new ErrorCode("product_auth_invalid", 401, false);
    public static final ErrorCode FORBIDDEN = new ErrorCode("product_auth_forbidden", 403, false);
    public static final ErrorCode NOT_FOUND = new ErrorCode("not_found", 404, false);
    public static final ErrorCode ROUTE_NOT_FOUND = new ErrorCode("route_not_found", 404, false);
    public static final ErrorCode METHOD_NOT_ALLOWED = new ErrorCode("method_not_allowed", 405, false);
    public static final ErrorCode CONFLICT = new ErrorCode("conflict", 409, true);
    public static final ErrorCode INTERNAL = new ErrorCode("internal_error", 500, false);
    public static final ErrorCode NOT_IMPLEMENTED = new ErrorCode("not_implemented", 501, false);
    public static final ErrorCode STORE_UNAVAILABLE = new ErrorCode("store_unavailable", 503, true);

    // projects
    public static final ErrorCode PROJECT_NAME_CONFLICT = new ErrorCode("project_name_conflict", 409, false);
    public static final ErrorCode PROJECT_SLUG_CONFLICT = new ErrorCode("project_slug_conflict", 409, false);
    public static final ErrorCode PROJECT_ARCHIVED = new ErrorCode("project_archived", 409, false);
    public static final ErrorCode PROJECT_NOT_ARCHIVED = new ErrorCode("project_not_archived", 409, false);
    public static final ErrorCode PROJECT_DELETE_BLOCKED = new ErrorCode("project_delete_blocked", 409, false);

    // environments
    public static final ErrorCode ENVIRONMENT_NAME_CONFLICT = new ErrorCode("environment_name_conflict", 409, false);
    public static final ErrorCode ENVIRONMENT_LOCKED = new ErrorCode("environment_locked", 409, false);
    public static final ErrorCode ENVIRONMENT_ARCHIVED = new ErrorCode("environment_archived", 409, false);
    public static final ErrorCode ENVIRONMENT_VARIABLE_NOT_FOUND = new ErrorCode("environment_variable_not_found", 404, false);

    // resources
    public static final ErrorCode RESOURCE_SLUG_CONFLICT = new ErrorCode("resource_slug_conflict", 409, false);
    public static final ErrorCode RESOURCE_ARCHIVED = new ErrorCode("resource_archived", 409, false);
    public static final ErrorCode RESOURCE_NOT_ARCHIVED = new ErrorCode("resource_not_archived", 409, false);
    public static final ErrorCode RESOURCE_DELETE_BLOCKED = new ErrorCode("resource_delete_blocked", 409, false);
    public static final ErrorCode RESOURCE_VARIABLE_NOT_FOUND = new ErrorCode("resource_variable_not_found", 404, false);
    public static final ErrorCode RESOURCE_SECRET_EXISTS = new ErrorCode("resource_secret_exists", 409, false);
    public static final ErrorCode RESOURCE_SECRET_NOT_FOUND = new ErrorCode("resource_secret_not_found", 404, false);

    // servers
    public static final ErrorCode SERVER_NAME_CONFLICT = new ErrorCode("server_name_conflict", 409, false);
    /** Details carry the blocker kinds; {@code servers.deleteCheck} lists them in full. */
    public static final ErrorCode SERVER_DELETE_BLOCKED = new ErrorCode("server_delete_blocked", 409, false);
    /** The server's provider has no capacity reading or prune on this control plane (before anything is changed). */
    public static final ErrorCode RUNTIME_TARGET_UNSUPPORTED = new ErrorCode("runtime_target_unsupported", 409, false);
    /** A capacity reading or prune could not reach or read the server safely. */
    public static final ErrorCode RUNTIME_TARGET_CAPACITY_FAILED = new ErrorCode("runtime_target_capacity_failed", 502, true);
    /** Another policy of the organization already holds this scope and server. */
    public static final ErrorCode CAPACITY_POLICY_CONFLICT = new ErrorCode("capacity_policy_conflict", 409, false);

    // SSH credentials; the key codes name the field (privateKey, passphrase, publicKey) in their issues
    public static final ErrorCode CREDENTIAL_IN_USE = new ErrorCode("credential_in_use", 409, false);
    public static final ErrorCode CREDENTIAL_ROTATION_REQUIRES_USAGE_ACKNOWLEDGEMENT =
            new ErrorCode("credential_rotation_requires_usage_acknowledgement", 409, false);
    public static final ErrorCode SSH_PRIVATE_KEY_INVALID = new ErrorCode("ssh_private_key_invalid", 400, false);
    public static final ErrorCode SSH_PRIVATE_KEY_UNSUPPORTED = new ErrorCode("ssh_private_key_unsupported", 400, false);
    public static final ErrorCode SSH_PRIVATE_KEY_PASSPHRASE_REQUIRED =
            new ErrorCode("ssh_private_key_passphrase_required", 400, false);
    public static final ErrorCode SSH_PRIVATE_KEY_PASSPHRASE_INCORRECT =
            new ErrorCode("ssh_private_key_passphrase_incorrect", 400, false);
    public static final ErrorCode SSH_PUBLIC_KEY_INVALID = new ErrorCode("ssh_public_key_invalid", 400, false);
    public static final ErrorCode SSH_PUBLIC_KEY_MISMATCH = new ErrorCode("ssh_public_key_mismatch", 400, false);
    /** No {@code SshKeyReader} on the class path: add the appaloft-runtime-ssh module. */
    public static final ErrorCode SSH_KEY_READER_MISSING = new ErrorCode("ssh_key_reader_missing", 501, false);

    // deployments
    public static final ErrorCode DEPLOYMENT_NOT_RETRYABLE = new ErrorCode("deployment_not_retryable", 409, false);
    public static final ErrorCode DEPLOYMENT_ROLLBACK_NOT_ALLOWED = new ErrorCode("deployment_rollback_not_allowed", 409, false);
    public static final ErrorCode DEPLOYMENT_IN_PROGRESS = new ErrorCode("deployment_in_progress", 409, true);
    public static final ErrorCode DEPLOYMENT_NOT_CANCELABLE = new ErrorCode("deployment_not_cancelable", 409, false);
    /** The cancel is recorded; the executor stops at its next step boundary (a build in progress finishes first). */
    public static final ErrorCode DEPLOYMENT_CANCEL_PENDING = new ErrorCode("deployment_cancel_pending", 409, true);
    public static final ErrorCode DEPLOYMENT_NOT_ARCHIVABLE = new ErrorCode("deployment_not_archivable", 409, false);
    public static final ErrorCode RESOURCE_SOURCE_MISSING = new ErrorCode("resource_source_missing", 409, false);
    public static final ErrorCode RESOURCE_NETWORK_PROFILE_MISSING = new ErrorCode("resource_network_profile_missing", 409, false);
    public static final ErrorCode SERVER_INACTIVE = new ErrorCode("server_inactive", 409, false);
    public static final ErrorCode PROVIDER_NOT_CONFIGURED = new ErrorCode("provider_not_configured", 409, false);
    /** The server's proxy kind is none: there is no edge proxy to bootstrap (configure a kind first). */
    public static final ErrorCode EDGE_PROXY_DISABLED = new ErrorCode("edge_proxy_disabled", 409, false);
    /** The server's proxy kind is one this control plane does not run (it runs Caddy). */
    public static final ErrorCode EDGE_PROXY_KIND_UNSUPPORTED = new ErrorCode("edge_proxy_kind_unsupported", 409, false);
    /** A local server's edge proxy is the host application's, and this control plane was given none. */
    public static final ErrorCode EDGE_PROXY_NOT_CONFIGURED = new ErrorCode("edge_proxy_not_configured", 409, false);

    // a resource's running app: controls, logs, auto-deploy policy
    /** Details carry {@code blockedReason}; retryable when the blocker passes by itself (a deployment, another control). */
    public static final ErrorCode RESOURCE_RUNTIME_CONTROL_BLOCKED = new ErrorCode("resource_runtime_control_blocked", 409, false);
    public static final ErrorCode RESOURCE_RUNTIME_BUSY = new ErrorCode("resource_runtime_control_blocked", 409, true);
    public static final ErrorCode RESOURCE_RUNTIME_METADATA_MISSING = new ErrorCode("resource_runtime_metadata_missing", 409, false);
    public static final ErrorCode RESOURCE_RUNTIME_ALREADY_IN_STATE = new ErrorCode("resource_runtime_already_in_state", 409, false);
    public static final ErrorCode RESOURCE_RUNTIME_PROFILE_ACKNOWLEDGEMENT_REQUIRED =
            new ErrorCode("resource_runtime_profile_acknowledgement_required", 409, false);
    public static final ErrorCode RESOURCE_RUNTIME_CONTROL_FAILED = new ErrorCode("resource_runtime_control_failed", 502, true);
    public static final ErrorCode RESOURCE_RUNTIME_LOGS_UNAVAILABLE = new ErrorCode("resource_runtime_logs_unavailable", 409, false);
    public static final ErrorCode RESOURCE_RUNTIME_LOGS_CONTEXT_MISMATCH =
            new ErrorCode("resource_runtime_logs_context_mismatch", 400, false);
    public static final ErrorCode RESOURCE_RUNTIME_LOGS_NOT_CONFIGURED =
            new ErrorCode("resource_runtime_logs_not_configured", 409, false);
    /** A runtime adapter's answer for an instance that no longer exists (removed outside Appaloft). */
    public static final ErrorCode RUNTIME_INSTANCE_NOT_FOUND = new ErrorCode("runtime_instance_not_found", 409, false);
    public static final ErrorCode RESOURCE_AUTO_DEPLOY_SOURCE_MISSING = new ErrorCode("resource_auto_deploy_source_missing", 409, false);
    public static final ErrorCode RESOURCE_AUTO_DEPLOY_SECRET_REQUIRED = new ErrorCode("resource_auto_deploy_secret_required", 400, false);
    public static final ErrorCode RESOURCE_AUTO_DEPLOY_POLICY_BLOCKED = new ErrorCode("resource_auto_deploy_policy_blocked", 409, false);

    // storage volumes and dependency resources
    public static final ErrorCode STORAGE_VOLUME_SLUG_CONFLICT = new ErrorCode("storage_volume_slug_conflict", 409, false);
    public static final ErrorCode STORAGE_VOLUME_DELETE_BLOCKED = new ErrorCode("storage_volume_delete_blocked", 409, false);
    public static final ErrorCode STORAGE_DESTINATION_CONFLICT = new ErrorCode("storage_destination_conflict", 409, false);
    /** The server's runtime keeps no named volumes, so a resource with storage attached cannot run there. */
    public static final ErrorCode STORAGE_RUNTIME_UNSUPPORTED = new ErrorCode("storage_runtime_unsupported", 409, false);
    public static final ErrorCode STORAGE_RUNTIME_FAILED = new ErrorCode("storage_runtime_failed", 502, true);
    /** A kind of the spec this control plane does not provision (yet). */
    public static final ErrorCode DEPENDENCY_KIND_UNSUPPORTED = new ErrorCode("dependency_kind_unsupported", 400, false);
    /** A provisioning plan was accepted already (or failed): a new plan is made instead. */
    public static final ErrorCode DEPENDENCY_PROVISIONING_PLAN_CLOSED =
            new ErrorCode("dependency_provisioning_plan_closed", 409, false);
    /** No release manifest is configured: there is nothing to upgrade from. */
    public static final ErrorCode INSTANCE_UPGRADE_NOT_CONFIGURED =
            new ErrorCode("instance_upgrade_not_configured", 409, false);
    /** The manifest or the release could not be read, or the release's digest does not match. */
    public static final ErrorCode INSTANCE_UPGRADE_FAILED = new ErrorCode("instance_upgrade_failed", 502, true);
    public static final ErrorCode DEPENDENCY_RESOURCE_SLUG_CONFLICT =
            new ErrorCode("dependency_resource_slug_conflict", 409, false);
    public static final ErrorCode DEPENDENCY_RESOURCE_DELETE_BLOCKED =
            new ErrorCode("dependency_resource_delete_blocked", 409, false);
    /** The database container did not start or never became ready; nothing is left behind. */
    public static final ErrorCode DEPENDENCY_PROVISION_FAILED = new ErrorCode("dependency_provision_failed", 502, true);
    // custom domains
    /** A binding needs an edge proxy: {@code proxyKind} none has nothing to route it (field proxyKind). */
    public static final ErrorCode DOMAIN_BINDING_PROXY_REQUIRED = new ErrorCode("domain_binding_proxy_required", 400, false);
    /** An active binding of the resource already holds this domain and path. */
    public static final ErrorCode DOMAIN_BINDING_CONFLICT = new ErrorCode("domain_binding_conflict", 409, false);
    /** redirectTo must name a serving binding of the same resource (not itself, not an alias). */
    public static final ErrorCode DOMAIN_BINDING_REDIRECT_INVALID = new ErrorCode("domain_binding_redirect_invalid", 400, false);
    /** Details carry the binding's status: the transition is not allowed from it. */
    public static final ErrorCode DOMAIN_BINDING_STATE_INVALID = new ErrorCode("domain_binding_state_invalid", 409, false);
    /** The ownership check ran and did not find the token (details say what was checked and found). */
    public static final ErrorCode DOMAIN_OWNERSHIP_NOT_VERIFIED = new ErrorCode("domain_ownership_not_verified", 409, true);
    /** Deleting is refused while a blocker (an active certificate) is attached. */
    public static final ErrorCode DOMAIN_BINDING_DELETE_BLOCKED = new ErrorCode("domain_binding_delete_blocked", 409, false);
    /** The binding's server has no edge proxy that answers, so its route could not be applied. */
    public static final ErrorCode DOMAIN_ROUTE_REALIZATION_FAILED = new ErrorCode("domain_route_realization_failed", 502, true);
    /** The resource already receives a variable of that name from another active binding. */
    public static final ErrorCode DEPENDENCY_BINDING_CONFLICT = new ErrorCode("dependency_binding_conflict", 409, false);
    /** The database did not take the new password; the old one still works and nothing was recorded. */
    public static final ErrorCode DEPENDENCY_SECRET_ROTATION_FAILED =
            new ErrorCode("dependency_secret_rotation_failed", 502, true);

    // certificates
    /** certificateChain holds no readable PEM certificate, or one that does not parse (field certificateChain). */
    public static final ErrorCode CERTIFICATE_CHAIN_INVALID = new ErrorCode("certificate_chain_invalid", 400, false);
    /** The chain is not leaf first with each certificate signed by the next one (field certificateChain). */
    public static final ErrorCode CERTIFICATE_CHAIN_ORDER_INVALID = new ErrorCode("certificate_chain_order_invalid", 400, false);
    /** A certificate of the chain has expired or is not valid yet (field certificateChain). */
    public static final ErrorCode CERTIFICATE_NOT_VALID_NOW = new ErrorCode("certificate_not_valid_now", 400, false);
    /** The leaf's DNS subject alternative names do not cover the binding's domain (field certificateChain). */
    public static final ErrorCode CERTIFICATE_DOMAIN_MISMATCH = new ErrorCode("certificate_domain_mismatch", 400, false);
    /** privateKey is no readable PEM private key (field privateKey). */
    public static final ErrorCode CERTIFICATE_PRIVATE_KEY_INVALID = new ErrorCode("certificate_private_key_invalid", 400, false);
    /** A key format or algorithm this control plane does not read (field privateKey). */
    public static final ErrorCode CERTIFICATE_PRIVATE_KEY_UNSUPPORTED =
            new ErrorCode("certificate_private_key_unsupported", 400, false);
    /** The encrypted key needs a passphrase, or the one given does not open it (field passphrase). */
    public static final ErrorCode CERTIFICATE_PASSPHRASE_INVALID = new ErrorCode("certificate_passphrase_invalid", 400, false);
    /** The private key is not the key of the leaf certificate (field privateKey). */
    public static final ErrorCode CERTIFICATE_KEY_MISMATCH = new ErrorCode("certificate_key_mismatch", 400, false);
    /** The binding takes no certificate now (tlsMode disabled, or not bound yet); details carry its status. */
    public static final ErrorCode CERTIFICATE_NOT_ALLOWED = new ErrorCode("certificate_not_allowed", 400, false);
    /** Details carry the certificate's status: revoke is only for an active certificate. */
    public static final ErrorCode CERTIFICATE_REVOKE_NOT_ALLOWED = new ErrorCode("certificate_revoke_not_allowed", 409, false);
    /** An active certificate is revoked first; one being issued cannot be deleted. */
    public static final ErrorCode CERTIFICATE_DELETE_NOT_ALLOWED = new ErrorCode("certificate_delete_not_allowed", 409, false);

    // terminal sessions
    /** The scope cannot have a terminal here (a server shell on the control plane's own host); field scope. */
    public static final ErrorCode TERMINAL_SESSION_SCOPE_UNSUPPORTED =
            new ErrorCode("terminal_session_scope_unsupported", 400, false);
    /** Nothing runs to open a shell in: the resource was never deployed, or its instance is gone or stopped. */
    public static final ErrorCode TERMINAL_SESSION_UNAVAILABLE = new ErrorCode("terminal_session_unavailable", 409, false);
    /** The session's shell runs in another control-plane process: attach there. */
    public static final ErrorCode TERMINAL_SESSION_NOT_LOCAL = new ErrorCode("terminal_session_not_local", 409, false);

    // runtime log archives and static artifacts
    /** An archive's stored lines are gone or do not match their digest: the row stays, its content is lost. */
    public static final ErrorCode RUNTIME_LOG_ARCHIVE_UNREADABLE =
            new ErrorCode("runtime_log_archive_unreadable", 500, false);
    // source events (push to deploy)
    /** A webhook without its signature header (X-Hub-Signature-256 / X-Appaloft-Signature); nothing is recorded. */
    public static final ErrorCode SOURCE_EVENT_SIGNATURE_MISSING = new ErrorCode("source_event_signature_missing", 401, false);
    /** The signature is not the HMAC-SHA256 of the body with the configured secret; nothing is recorded. */
    public static final ErrorCode SOURCE_EVENT_SIGNATURE_INVALID = new ErrorCode("source_event_signature_invalid", 401, false);
    /** No webhook secret is configured for the provider (GitHub) or the resource's policy: nothing can be verified. */
    public static final ErrorCode SOURCE_EVENT_WEBHOOK_NOT_CONFIGURED =
            new ErrorCode("source_event_provider_webhook_not_configured", 503, false);
    /** A webhook event this instance does not deploy from (GitHub's X-GitHub-Event other than push and ping). */
    public static final ErrorCode SOURCE_EVENT_KIND_UNSUPPORTED = new ErrorCode("source_event_kind_unsupported", 400, false);
    public static final ErrorCode SOURCE_EVENT_NOT_FOUND = new ErrorCode("source_event_not_found", 404, false);
    // dependency backups
    /** A backup or restore of the same dependency resource is running: wait for it (details carry its backup id). */
    public static final ErrorCode DEPENDENCY_BACKUP_IN_PROGRESS = new ErrorCode("dependency_backup_in_progress", 409, true);
    /** The backup cannot be restored: it is not ready, or its dump is no longer retained (details carry its status). */
    public static final ErrorCode DEPENDENCY_BACKUP_NOT_RESTORABLE =
            new ErrorCode("dependency_backup_not_restorable", 409, false);
    // audit events
    /** Neither an aggregate nor a bounded window ({@code from} and {@code to}) was given; field aggregateId. */
    public static final ErrorCode AUDIT_EVENT_SCOPE_REQUIRED = new ErrorCode("audit_event_scope_required", 400, false);
    /** The legal hold was released already; a hold is released once and its history stays. */
    public static final ErrorCode AUDIT_LEGAL_HOLD_RELEASED = new ErrorCode("audit_legal_hold_released", 409, false);
    // acme
    /** An issuance of the binding's certificate is under way already; details carry its attempt. */
    public static final ErrorCode CERTIFICATE_ATTEMPT_CONFLICT = new ErrorCode("certificate_attempt_conflict", 409, false);
    /** Only a managed certificate whose latest attempt failed retriably is retried; details carry the status. */
    public static final ErrorCode CERTIFICATE_RETRY_NOT_ALLOWED = new ErrorCode("certificate_retry_not_allowed", 409, false);
    /** This control plane has no certificate authority configured (an ACME directory) to issue from. */
    public static final ErrorCode CERTIFICATE_PROVIDER_UNAVAILABLE =
            new ErrorCode("certificate_provider_unavailable", 503, false);

    // github app
    /** No GitHub App (id and private key) is configured: repositories cannot be listed. */
    public static final ErrorCode GITHUB_APP_NOT_CONFIGURED = new ErrorCode("github_app_not_configured", 503, false);
    /** GitHub refused or failed the App's request (key, installation, rate limit); the message says which. */
    public static final ErrorCode GITHUB_API_FAILED = new ErrorCode("github_api_failed", 502, true);

    public ErrorCode {
        Objects.requireNonNull(code, "code");
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("an error maps to a 4xx or 5xx status: " + httpStatus);
        }
    }
}
