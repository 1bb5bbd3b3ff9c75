package dev.appaloft.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.common.CountOutput;
import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.deployments.*;
import dev.appaloft.api.deploytokens.*;
import dev.appaloft.api.environments.*;
import dev.appaloft.api.extensions.*;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.monitoring.*;
import dev.appaloft.api.projects.*;
import dev.appaloft.api.resources.*;
import dev.appaloft.api.resources.running.*;
import dev.appaloft.api.retention.DomainEventsPruned;
import dev.appaloft.api.retention.PruneDomainEventsInput;
import dev.appaloft.api.retention.PruneProviderJobLogsInput;
import dev.appaloft.api.retention.ProviderJobLogsPruned;
import dev.appaloft.api.servers.*;
import dev.appaloft.api.stream.EventStream;
import dev.appaloft.api.system.*;
import java.util.List;

/** The catalog's area of observe and govern: audit, monitoring, system and retention prunes. Part of {@link AppaloftOperations#ALL}. */
@SuppressWarnings("unused")
public final class GovernanceOperations {

    private static final Api API = Api.APPALOFT;

    // runtime monitoring and usage (typed)
    public static final Operation<InspectUsageInput, RuntimeUsageReport> RUNTIME_USAGE_INSPECT =
            Operation.of(API, "runtimeUsage.inspect", OperationKind.QUERY, HttpMethod.GET, "/runtime-usage/inspect", 200,
                    InspectUsageInput.class, RuntimeUsageReport.class);
    public static final Operation<ListSamplesInput, MonitoringSamples> RUNTIME_MONITORING_SAMPLES =
            Operation.of(API, "runtimeMonitoring.samples", OperationKind.QUERY, HttpMethod.GET, "/runtime-monitoring/samples", 200,
                    ListSamplesInput.class, MonitoringSamples.class);
    public static final Operation<RollupInput, MonitoringRollup> RUNTIME_MONITORING_ROLLUP =
            Operation.of(API, "runtimeMonitoring.rollup", OperationKind.QUERY, HttpMethod.GET, "/runtime-monitoring/rollup", 200,
                    RollupInput.class, MonitoringRollup.class);
    public static final Operation<ConfigureThresholdsInput, ThresholdsConfigured> RUNTIME_MONITORING_THRESHOLD_CONFIGURE =
            Operation.of(API, "runtimeMonitoring.thresholdConfigure", OperationKind.COMMAND, HttpMethod.POST, "/runtime-monitoring/thresholds", 200,
                    ConfigureThresholdsInput.class, ThresholdsConfigured.class);
    public static final Operation<ShowThresholdsInput, ThresholdsShown> RUNTIME_MONITORING_THRESHOLD_SHOW =
            Operation.of(API, "runtimeMonitoring.thresholdShow", OperationKind.QUERY, HttpMethod.GET, "/runtime-monitoring/thresholds", 200,
                    ShowThresholdsInput.class, ThresholdsShown.class);
    public static final Operation<dev.appaloft.api.audit.ListAuditEventsInput, dev.appaloft.api.audit.AuditEventList> AUDIT_EVENTS_LIST =
            Operation.of(API, "auditEvents.list", OperationKind.QUERY, HttpMethod.GET, "/audit-events", 200,
                    dev.appaloft.api.audit.ListAuditEventsInput.class, dev.appaloft.api.audit.AuditEventList.class);
    public static final Operation<dev.appaloft.api.audit.ExportAuditEventsInput, dev.appaloft.api.audit.AuditEventExport> AUDIT_EVENTS_EXPORT =
            Operation.of(API, "auditEvents.export", OperationKind.QUERY, HttpMethod.GET, "/audit-events/export", 200,
                    dev.appaloft.api.audit.ExportAuditEventsInput.class, dev.appaloft.api.audit.AuditEventExport.class)
                    // Accept: application/x-ndjson or text/csv streams the export (ExportAuditEventsInput.format)
                    .withRequestHeader("Accept", "format");
    public static final Operation<dev.appaloft.api.audit.ExportGlobalAuditEventsInput, dev.appaloft.api.audit.GlobalAuditEventExport> AUDIT_EVENTS_EXPORT_GLOBAL =
            Operation.of(API, "auditEvents.exportGlobal", OperationKind.QUERY, HttpMethod.GET, "/audit-events/export-global", 200,
                    dev.appaloft.api.audit.ExportGlobalAuditEventsInput.class, dev.appaloft.api.audit.GlobalAuditEventExport.class)
                    .withRequestHeader("Accept", "format");
    public static final Operation<dev.appaloft.api.audit.ShowAuditEventInput, dev.appaloft.api.audit.AuditEventShown> AUDIT_EVENTS_SHOW =
            Operation.of(API, "auditEvents.show", OperationKind.QUERY, HttpMethod.GET, "/audit-events/{auditEventId}", 200,
                    dev.appaloft.api.audit.ShowAuditEventInput.class, dev.appaloft.api.audit.AuditEventShown.class);
    public static final Operation<dev.appaloft.api.audit.PruneAuditEventsInput, dev.appaloft.api.audit.AuditEventsPruned> AUDIT_EVENTS_PRUNE =
            Operation.of(API, "auditEvents.prune", OperationKind.COMMAND, HttpMethod.POST, "/audit-events/prune", 200,
                    dev.appaloft.api.audit.PruneAuditEventsInput.class, dev.appaloft.api.audit.AuditEventsPruned.class);
    public static final Operation<dev.appaloft.api.audit.CreateAuditArchiveInput, dev.appaloft.api.audit.AuditArchiveCreated> AUDIT_EVENTS_ARCHIVES_CREATE =
            Operation.of(API, "auditEvents.archives.create", OperationKind.COMMAND, HttpMethod.POST, "/audit-events/archives", 200,
                    dev.appaloft.api.audit.CreateAuditArchiveInput.class, dev.appaloft.api.audit.AuditArchiveCreated.class);
    public static final Operation<dev.appaloft.api.audit.ListAuditArchivesInput, dev.appaloft.api.audit.AuditArchiveList> AUDIT_EVENTS_ARCHIVES_LIST =
            Operation.of(API, "auditEvents.archives.list", OperationKind.QUERY, HttpMethod.GET, "/audit-events/archives", 200,
                    dev.appaloft.api.audit.ListAuditArchivesInput.class, dev.appaloft.api.audit.AuditArchiveList.class);
    public static final Operation<dev.appaloft.api.audit.ShowAuditArchiveInput, dev.appaloft.api.audit.AuditArchiveShown> AUDIT_EVENTS_ARCHIVES_SHOW =
            Operation.of(API, "auditEvents.archives.show", OperationKind.QUERY, HttpMethod.GET, "/audit-events/archives/{archiveId}", 200,
                    dev.appaloft.api.audit.ShowAuditArchiveInput.class, dev.appaloft.api.audit.AuditArchiveShown.class);
    public static final Operation<dev.appaloft.api.audit.PruneAuditArchivesInput, dev.appaloft.api.audit.AuditArchivesPruned> AUDIT_EVENTS_ARCHIVES_PRUNE =
            Operation.of(API, "auditEvents.archives.prune", OperationKind.COMMAND, HttpMethod.POST, "/audit-events/archives/prune", 200,
                    dev.appaloft.api.audit.PruneAuditArchivesInput.class, dev.appaloft.api.audit.AuditArchivesPruned.class);
    public static final Operation<dev.appaloft.api.audit.ConfigureLegalHoldInput, dev.appaloft.api.audit.LegalHoldResult> AUDIT_EVENTS_LEGAL_HOLDS_CONFIGURE =
            Operation.of(API, "auditEvents.legalHolds.configure", OperationKind.COMMAND, HttpMethod.POST, "/audit-events/legal-holds", 200,
                    dev.appaloft.api.audit.ConfigureLegalHoldInput.class, dev.appaloft.api.audit.LegalHoldResult.class);
    public static final Operation<dev.appaloft.api.audit.ListLegalHoldsInput, dev.appaloft.api.audit.LegalHoldList> AUDIT_EVENTS_LEGAL_HOLDS_LIST =
            Operation.of(API, "auditEvents.legalHolds.list", OperationKind.QUERY, HttpMethod.GET, "/audit-events/legal-holds", 200,
                    dev.appaloft.api.audit.ListLegalHoldsInput.class, dev.appaloft.api.audit.LegalHoldList.class);
    public static final Operation<dev.appaloft.api.audit.ShowLegalHoldInput, dev.appaloft.api.audit.LegalHoldShown> AUDIT_EVENTS_LEGAL_HOLDS_SHOW =
            Operation.of(API, "auditEvents.legalHolds.show", OperationKind.QUERY, HttpMethod.GET, "/audit-events/legal-holds/{holdId}", 200,
                    dev.appaloft.api.audit.ShowLegalHoldInput.class, dev.appaloft.api.audit.LegalHoldShown.class);
    public static final Operation<dev.appaloft.api.audit.ReleaseLegalHoldInput, dev.appaloft.api.audit.LegalHoldResult> AUDIT_EVENTS_LEGAL_HOLDS_RELEASE =
            Operation.of(API, "auditEvents.legalHolds.release", OperationKind.COMMAND, HttpMethod.POST, "/audit-events/legal-holds/{holdId}/release", 200,
                    dev.appaloft.api.audit.ReleaseLegalHoldInput.class, dev.appaloft.api.audit.LegalHoldResult.class);
    public static final Operation<PruneProviderJobLogsInput, ProviderJobLogsPruned> PROVIDER_JOB_LOGS_PRUNE =
            Operation.of(API, "providerJobLogs.prune", OperationKind.COMMAND, HttpMethod.POST, "/provider-job-logs/prune",
                    200, PruneProviderJobLogsInput.class, ProviderJobLogsPruned.class);
    public static final Operation<PruneDomainEventsInput, DomainEventsPruned> DOMAIN_EVENTS_PRUNE =
            Operation.of(API, "domainEvents.prune", OperationKind.COMMAND, HttpMethod.POST, "/domain-events/prune", 200,
                    PruneDomainEventsInput.class, DomainEventsPruned.class);
    public static final Operation<ListProvidersInput, ProviderList> PROVIDERS_LIST =
            Operation.of(API, "providers.list", OperationKind.QUERY, HttpMethod.GET, "/providers", 200, ListProvidersInput.class, ProviderList.class);
    public static final Operation<ListPluginsInput, PluginList> PLUGINS_LIST =
            Operation.of(API, "plugins.list", OperationKind.QUERY, HttpMethod.GET, "/plugins", 200, ListPluginsInput.class, PluginList.class);
    public static final Operation<DoctorInput, DoctorReport> SYSTEM_DOCTOR =
            Operation.of(API, "system.doctor", OperationKind.QUERY, HttpMethod.GET, "/system/doctor", 200, DoctorInput.class, DoctorReport.class);
    public static final Operation<CheckInstanceUpgradeInput, InstanceUpgradeCheck> SYSTEM_INSTANCE_UPGRADE_CHECK =
            Operation.of(API, "system.instance-upgrade.check", OperationKind.QUERY, HttpMethod.GET, "/instance-upgrade/check", 200, CheckInstanceUpgradeInput.class, InstanceUpgradeCheck.class);
    public static final Operation<ApplyInstanceUpgradeInput, InstanceUpgradeApplied> SYSTEM_INSTANCE_UPGRADE_APPLY =
            Operation.of(API, "system.instance-upgrade.apply", OperationKind.COMMAND, HttpMethod.POST, "/instance-upgrade/apply", 202, ApplyInstanceUpgradeInput.class, InstanceUpgradeApplied.class);

    private GovernanceOperations() {
    }
}
