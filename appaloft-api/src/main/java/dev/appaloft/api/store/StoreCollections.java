package dev.appaloft.api.store;

import static dev.appaloft.api.store.IndexField.number;
import static dev.appaloft.api.store.IndexField.text;
import static dev.appaloft.api.store.IndexField.textSet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The document collections of the product and the index fields each declares. A JDBC backend keeps
 * each in a table of the same name with one column per declared field (created by its migration;
 * {@code DeclaredSchemaTest} checks they agree); every backend refuses a collection that is not
 * listed here, so a typo fails at once instead of writing somewhere no query looks.
 *
 * <p>A new aggregate adds one declaration here, one migration creating its table, and handlers.
 */
public final class StoreCollections {

    public static final String PROJECTS = "projects";
    public static final String ENVIRONMENTS = "environments";
    public static final String RESOURCES = "resources";
    public static final String SERVERS = "servers";
    public static final String SSH_CREDENTIALS = "ssh_credentials";
    public static final String DEPLOYMENTS = "deployments";
    // the Alien fleet model
    public static final String FLEET_DEPLOYMENT_GROUPS = "fleet_deployment_groups";
    public static final String FLEET_DEPLOYMENTS = "fleet_deployments";
    public static final String FLEET_RELEASES = "fleet_releases";
    public static final String FLEET_TOKENS = "fleet_tokens";
    // identity (users and sessions belong to the instance; the rest to one organization)
    public static final String USERS = "users";
    public static final String ORGANIZATIONS = "organizations";
    public static final String MEMBERSHIPS = "memberships";
    public static final String INVITATIONS = "invitations";
    public static final String SESSIONS = "sessions";
    public static final String DEPLOY_TOKENS = "deploy_tokens";
    // extension points' records
    public static final String USAGE_INTENTS = "usage_intents";
    public static final String OVERLAY_DECISIONS = "overlay_decisions";
    // operating the control plane
    public static final String RETENTION_POLICIES = "retention_policies";
    public static final String PROVIDER_JOB_LOGS = "provider_job_logs";
    public static final String CAPACITY_POLICIES = "capacity_policies";
    // runtime monitoring
    public static final String MONITORING_SAMPLES = "monitoring_samples";
    public static final String MONITORING_THRESHOLDS = "monitoring_thresholds";
    // storage and databases of environments
    public static final String STORAGE_VOLUMES = "storage_volumes";
    public static final String STORAGE_ATTACHMENTS = "storage_attachments";
    public static final String DEPENDENCY_RESOURCES = "dependency_resources";
    /** Plans of a provision or an import, kept until accepted. */
    public static final String DEPENDENCY_PROVISIONING_PLANS = "dependency_provisioning_plans";
    // access and domains
    public static final String DOMAIN_BINDINGS = "domain_bindings";
    public static final String DEFAULT_ACCESS_POLICIES = "default_access_policies";
    public static final String DEPENDENCY_BINDINGS = "dependency_bindings";
    public static final String CERTIFICATES = "certificates";
    /** The sealed private key and the chain of a certificate, kept apart from what is shown. */
    public static final String CERTIFICATE_SECRETS = "certificate_secrets";
    // terminals
    public static final String TERMINAL_SESSIONS = "terminal_sessions";
    // runtime log archives and static artifacts
    public static final String RUNTIME_LOG_ARCHIVES = "runtime_log_archives";
    public static final String STATIC_PUBLICATIONS = "static_publications";
    // scheduled tasks
    public static final String SCHEDULED_TASKS = "scheduled_tasks";
    public static final String SCHEDULED_TASK_RUNS = "scheduled_task_runs";
    /** What each run's command wrote, one document per run, kept apart so run lists stay small. */
    public static final String SCHEDULED_TASK_RUN_LOGS = "scheduled_task_run_logs";
    // source events
    public static final String SOURCE_EVENTS = "source_events";
    public static final String SOURCE_LINKS = "source_links";
    // dependency backups
    public static final String DEPENDENCY_BACKUPS = "dependency_backups";
    public static final String DEPENDENCY_BACKUP_POLICIES = "dependency_backup_policies";
    // audit events
    public static final String AUDIT_LEGAL_HOLDS = "audit_legal_holds";
    public static final String AUDIT_ARCHIVES = "audit_archives";
    /** An archive's compressed items, kept apart so listing archives never reads them. */
    public static final String AUDIT_ARCHIVE_ITEMS = "audit_archive_items";
    // acme
    /** This instance's ACME account per directory: its key sealed, its account URL. */
    public static final String ACME_ACCOUNTS = "acme_accounts";
    // preview environments
    public static final String PREVIEW_POLICIES = "preview_policies";
    public static final String PREVIEW_ENVIRONMENTS = "preview_environments";

    private static final IndexField ORG = text(IndexFields.ORGANIZATION_ID);
    private static final IndexField STATUS = text(IndexFields.STATUS);

    private static final Map<String, CollectionSpec> SPECS = specs(
            // the deploy model
            CollectionSpec.of(PROJECTS, ORG, STATUS),
            CollectionSpec.of(ENVIRONMENTS, ORG, text(IndexFields.PROJECT_ID), STATUS),
            CollectionSpec.of(RESOURCES, ORG, text(IndexFields.PROJECT_ID), text(IndexFields.ENVIRONMENT_ID), STATUS),
            CollectionSpec.of(SERVERS, ORG, STATUS, text("credential_id")),
            CollectionSpec.of(SSH_CREDENTIALS, ORG),
            CollectionSpec.of(DEPLOYMENTS, ORG, text(IndexFields.PROJECT_ID), text(IndexFields.ENVIRONMENT_ID),
                    text(IndexFields.RESOURCE_ID), text(IndexFields.SERVER_ID), STATUS),
            // the fleet model
            CollectionSpec.of(FLEET_DEPLOYMENT_GROUPS, ORG),
            CollectionSpec.of(FLEET_DEPLOYMENTS, ORG, text("deployment_group_id"), STATUS),
            CollectionSpec.of(FLEET_RELEASES, ORG),
            CollectionSpec.of(FLEET_TOKENS, ORG, text("deployment_group_id"), text("deployment_id"), text("kind")),
            // identity
            CollectionSpec.of(USERS, STATUS),
            CollectionSpec.of(ORGANIZATIONS, ORG, STATUS),
            CollectionSpec.of(MEMBERSHIPS, ORG, text("role")),
            CollectionSpec.of(INVITATIONS, ORG, STATUS, number("expires_at")),
            CollectionSpec.of(SESSIONS, STATUS),
            CollectionSpec.of(DEPLOY_TOKENS, ORG, STATUS, textSet("resource_ids"), textSet("repository_full_names")),
            // extension points
            CollectionSpec.of(USAGE_INTENTS, ORG, text("capability_key"), text("source"), text("tenant_id"),
                    text("account_id")),
            CollectionSpec.of(OVERLAY_DECISIONS, ORG, text("kind"), text("operation_key"), text("source"),
                    text("capability_key"), text("tenant_id"), text("account_id"), text("surface_kind")),
            // operating the control plane
            CollectionSpec.of(RETENTION_POLICIES, ORG, text("scope"), text("category"), text("enabled")),
            CollectionSpec.of(PROVIDER_JOB_LOGS, ORG, text("deployment_id"), text("provider_key"),
                    text(IndexFields.RESOURCE_ID), text(IndexFields.SERVER_ID)),
            CollectionSpec.of(CAPACITY_POLICIES, ORG, text("scope"), text(IndexFields.SERVER_ID), text("enabled")),
            // runtime monitoring
            CollectionSpec.of(MONITORING_SAMPLES, ORG, text(IndexFields.SERVER_ID), text(IndexFields.PROJECT_ID),
                    text(IndexFields.ENVIRONMENT_ID), text(IndexFields.RESOURCE_ID), text("deployment_id"), text("kind"),
                    text("resolution"), number("observed_at_ms")),
            CollectionSpec.of(MONITORING_THRESHOLDS, ORG, text("scope_key"), text("enabled")),
            // storage and databases
            CollectionSpec.of(STORAGE_VOLUMES, ORG, text(IndexFields.PROJECT_ID), text(IndexFields.ENVIRONMENT_ID), STATUS),
            CollectionSpec.of(STORAGE_ATTACHMENTS, ORG, text(IndexFields.RESOURCE_ID), text("storage_volume_id")),
            CollectionSpec.of(DEPENDENCY_RESOURCES, ORG, text(IndexFields.PROJECT_ID), text(IndexFields.ENVIRONMENT_ID),
                    STATUS, text("kind"), text(IndexFields.SERVER_ID)),
            CollectionSpec.of(DEPENDENCY_PROVISIONING_PLANS, ORG, STATUS),
            // access and domains
            CollectionSpec.of(DOMAIN_BINDINGS, ORG, text(IndexFields.PROJECT_ID), text(IndexFields.ENVIRONMENT_ID),
                    text(IndexFields.RESOURCE_ID), text(IndexFields.SERVER_ID), STATUS),
            CollectionSpec.of(DEFAULT_ACCESS_POLICIES, ORG, text("scope"), text(IndexFields.SERVER_ID)),
            CollectionSpec.of(DEPENDENCY_BINDINGS, ORG, text(IndexFields.RESOURCE_ID), text("dependency_resource_id"),
                    STATUS),
            CollectionSpec.of(CERTIFICATES, ORG, text("domain_binding_id"), STATUS),
            CollectionSpec.of(CERTIFICATE_SECRETS, ORG),
            // terminals
            CollectionSpec.of(TERMINAL_SESSIONS, ORG, text(IndexFields.RESOURCE_ID), text(IndexFields.SERVER_ID),
                    STATUS),
            // runtime log archives and static artifacts
            CollectionSpec.of(RUNTIME_LOG_ARCHIVES, ORG, text(IndexFields.RESOURCE_ID), text(IndexFields.SERVER_ID),
                    text("deployment_id"), text("service_name")),
            CollectionSpec.of(STATIC_PUBLICATIONS, ORG, text(IndexFields.PROJECT_ID), text(IndexFields.RESOURCE_ID)),
            // scheduled tasks
            CollectionSpec.of(SCHEDULED_TASKS, ORG, text(IndexFields.PROJECT_ID), text(IndexFields.ENVIRONMENT_ID),
                    text(IndexFields.RESOURCE_ID), STATUS),
            CollectionSpec.of(SCHEDULED_TASK_RUNS, ORG, text("task_id"), text(IndexFields.RESOURCE_ID), STATUS,
                    text("trigger_kind")),
            CollectionSpec.of(SCHEDULED_TASK_RUN_LOGS, ORG),
            // source events: resource_ids holds every resource an event matched or was scoped to
            CollectionSpec.of(SOURCE_EVENTS, ORG, text(IndexFields.PROJECT_ID), textSet("resource_ids"), STATUS,
                    text("source_kind")),
            // source links: match_key (repository + branch) is what a push looks up
            CollectionSpec.of(SOURCE_LINKS, ORG, text(IndexFields.PROJECT_ID), text(IndexFields.RESOURCE_ID),
                    text(IndexFields.SERVER_ID), text("match_key")),
            // dependency backups
            CollectionSpec.of(DEPENDENCY_BACKUPS, ORG, text("dependency_resource_id"), STATUS, text("policy_id"),
                    text("retention_status")),
            CollectionSpec.of(DEPENDENCY_BACKUP_POLICIES, ORG, text("dependency_resource_id"), text("enabled"),
                    number("next_run_at_ms")),
            // audit events
            CollectionSpec.of(AUDIT_LEGAL_HOLDS, ORG, STATUS, text("aggregate_id"), text("event_type")),
            CollectionSpec.of(AUDIT_ARCHIVES, ORG, text("aggregate_id"), text("event_type"), text("retain_source_rows")),
            CollectionSpec.of(AUDIT_ARCHIVE_ITEMS, ORG),
            // acme
            CollectionSpec.of(ACME_ACCOUNTS, ORG),
            // preview environments: pr_key (resource + repository + pull request) finds a PR's preview,
            // match_key (its source fingerprint) is what cleanup-preview looks up
            CollectionSpec.of(PREVIEW_POLICIES, ORG, text(IndexFields.PROJECT_ID), text(IndexFields.RESOURCE_ID)),
            CollectionSpec.of(PREVIEW_ENVIRONMENTS, ORG, text(IndexFields.PROJECT_ID), text(IndexFields.ENVIRONMENT_ID),
                    text(IndexFields.RESOURCE_ID), text("source_resource_id"), STATUS, text("repository"),
                    number("pull_request_number"), text("pr_key"), text("match_key")));

    /** Every collection name. */
    public static final Set<String> ALL = Set.copyOf(SPECS.keySet());

    private StoreCollections() {
    }

    /** @throws IllegalArgumentException when {@code collection} is not a known collection */
    public static String require(String collection) {
        spec(collection);
        return collection;
    }

    /** The declaration of a known collection. */
    public static CollectionSpec spec(String collection) {
        CollectionSpec spec = SPECS.get(collection);
        if (spec == null) {
            throw new IllegalArgumentException("unknown collection: " + collection);
        }
        return spec;
    }

    /** Every declaration, in declaration order. */
    public static java.util.Collection<CollectionSpec> specs() {
        return SPECS.values();
    }

    private static Map<String, CollectionSpec> specs(CollectionSpec... declared) {
        Map<String, CollectionSpec> map = new LinkedHashMap<>();
        for (CollectionSpec spec : declared) {
            if (map.put(spec.name(), spec) != null) {
                throw new IllegalStateException("collection declared twice: " + spec.name());
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
