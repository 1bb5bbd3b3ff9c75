package dev.appaloft.api;

import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.error.AppaloftException;
import java.util.List;

/**
 * The control plane, embedded. Obtain one from {@code dev.appaloft.core.AppaloftEngine}.
 *
 * <pre>{@code
 * try (Appaloft appaloft = AppaloftEngine.builder().store(new MemoryStore()).build()) {
 *     String id = appaloft.projects().create(CreateProjectInput.named("shop")).id();
 * }
 * }</pre>
 *
 * The typed sub-facades act as the host application's system actor; {@link #as(Actor)} gives the
 * same facade acting as another actor. Every call goes through the same handlers, validation and
 * rules as the HTTP API. Failures are {@link AppaloftException}s with stable codes.
 */
public interface Appaloft extends AutoCloseable {

    /** Runs any catalog operation as {@code actor}. */
    <I, O> O execute(Operation<I, O> operation, I input, Actor actor);

    /** The facade acting as {@code actor}. */
    Session as(Actor actor);

    /** The facade acting as the host application ({@link Actor#system}). */
    Session system();

    default ProjectsApi projects() {
        return system().projects();
    }

    default EnvironmentsApi environments() {
        return system().environments();
    }

    default ResourcesApi resources() {
        return system().resources();
    }

    default ServersApi servers() {
        return system().servers();
    }

    /** Reusable SSH credentials ({@code credentials.ssh.*}), as the host application. */
    default SshCredentialsApi sshCredentials() {
        return system().sshCredentials();
    }

    /** Durable storage of environments ({@code storageVolumes.*}), as the host application. */
    default StorageVolumesApi storageVolumes() {
        return system().storageVolumes();
    }

    /** Databases of environments ({@code dependencyResources.*}), as the host application. */
    default DependencyResourcesApi dependencyResources() {
        return system().dependencyResources();
    }

    default DeploymentsApi deployments() {
        return system().deployments();
    }

    /** The Alien fleet API (deployment groups, releases, agents' sync protocol), as the host application. */
    default FleetApi fleet() {
        return system().fleet();
    }

    default AuthApi auth() {
        return system().auth();
    }

    default OrganizationsApi organizations() {
        return system().organizations();
    }

    default DeployTokensApi deployTokens() {
        return system().deployTokens();
    }

    default ExtensionPointsApi extensionPoints() {
        return system().extensionPoints();
    }

    default OperatorWorkApi operatorWork() {
        return system().operatorWork();
    }

    default RetentionDefaultsApi retentionDefaults() {
        return system().retentionDefaults();
    }

    default RuntimeMonitoringApi runtimeMonitoring() {
        return system().runtimeMonitoring();
    }

    default DomainEventsApi domainEvents() {
        return system().domainEvents();
    }

    default ProviderJobLogsApi providerJobLogs() {
        return system().providerJobLogs();
    }

    /** What this instance is made of: providers, plugins, the doctor's report. */
    default SystemApi instance() {
        return system().instance();
    }

    /** Custom domains of resources ({@code domainBindings.*}), as the host application. */
    default DomainBindingsApi domainBindings() {
        return system().domainBindings();
    }

    /** TLS certificates of domain bindings ({@code certificates.*}), as the host application. */
    default CertificatesApi certificates() {
        return system().certificates();
    }

    /** Interactive shells in containers and on servers ({@code terminalSessions.*}), as the host application. */
    default TerminalSessionsApi terminalSessions() {
        return system().terminalSessions();
    }

    /** Generated access host names per scope ({@code defaultAccessDomainPolicies.*}), as the host application. */
    default DefaultAccessPoliciesApi defaultAccessPolicies() {
        return system().defaultAccessPolicies();
    }

    // runtime log archives and static artifacts
    /** Retained runtime log archives of resources ({@code resources.archiveLogs}, {@code resources.logArchives.*}). */
    default RuntimeLogArchivesApi runtimeLogArchives() {
        return system().runtimeLogArchives();
    }

    /** Static sites published for resources ({@code staticArtifacts.*}), as the host application. */
    default StaticArtifactsApi staticArtifacts() {
        return system().staticArtifacts();
    }

    // scheduled tasks
    /** Commands run for a resource on a cron schedule ({@code scheduledTasks.*}), as the host application. */
    default ScheduledTasksApi scheduledTasks() {
        return system().scheduledTasks();
    }

    // source events
    /** Push to deploy: webhooks, source events, source links and integrations, as the host application. */
    default SourceEventsApi sourceEvents() {
        return system().sourceEvents();
    }

    // dependency backups
    /** Backups, restores and backup policies of dependency resources, as the host application. */
    default DependencyBackupsApi dependencyBackups() {
        return system().dependencyBackups();
    }

    // audit events
    /** The audit stream, its archives and legal holds ({@code auditEvents.*}), as the host application. */
    default AuditEventsApi auditEvents() {
        return system().auditEvents();
    }

    // preview environments
    /** Pull-request previews: policies, preview environments and their cleanup, as the host application. */
    default PreviewsApi previews() {
        return system().previews();
    }

    /** Which catalog operations have a handler; the rest answer {@code not_implemented}. */
    boolean isImplemented(Operation<?, ?> operation);

    /** The implemented operations, in catalog order. */
    List<Operation<?, ?>> implementedOperations();

    @Override
    void close();

    /** The facade bound to one actor. */
    interface Session extends OperationExecutor {

        Actor actor();

        default ProjectsApi projects() {
            return new ProjectsApi(this);
        }

        default EnvironmentsApi environments() {
            return new EnvironmentsApi(this);
        }

        default ResourcesApi resources() {
            return new ResourcesApi(this);
        }

        default ServersApi servers() {
            return new ServersApi(this);
        }

        default SshCredentialsApi sshCredentials() {
            return new SshCredentialsApi(this);
        }

        default StorageVolumesApi storageVolumes() {
            return new StorageVolumesApi(this);
        }

        default DependencyResourcesApi dependencyResources() {
            return new DependencyResourcesApi(this);
        }

        default DeploymentsApi deployments() {
            return new DeploymentsApi(this);
        }

        default FleetApi fleet() {
            return new FleetApi(this);
        }

        default AuthApi auth() {
            return new AuthApi(this);
        }

        /** The signed-in user's own account (needs a user actor). */
        default AccountApi account() {
            return new AccountApi(this);
        }

        default OrganizationsApi organizations() {
            return new OrganizationsApi(this);
        }

        default DeployTokensApi deployTokens() {
            return new DeployTokensApi(this);
        }

        default ExtensionPointsApi extensionPoints() {
            return new ExtensionPointsApi(this);
        }

        default OperatorWorkApi operatorWork() {
            return new OperatorWorkApi(this);
        }

        default RetentionDefaultsApi retentionDefaults() {
            return new RetentionDefaultsApi(this);
        }

        default RuntimeMonitoringApi runtimeMonitoring() {
            return new RuntimeMonitoringApi(this);
        }

        default DomainEventsApi domainEvents() {
            return new DomainEventsApi(this);
        }

        default ProviderJobLogsApi providerJobLogs() {
            return new ProviderJobLogsApi(this);
        }

        default SystemApi instance() {
            return new SystemApi(this);
        }

        default DomainBindingsApi domainBindings() {
            return new DomainBindingsApi(this);
        }

        default CertificatesApi certificates() {
            return new CertificatesApi(this);
        }

        default TerminalSessionsApi terminalSessions() {
            return new TerminalSessionsApi(this);
        }

        default DefaultAccessPoliciesApi defaultAccessPolicies() {
            return new DefaultAccessPoliciesApi(this);
        }

        // runtime log archives and static artifacts
        default RuntimeLogArchivesApi runtimeLogArchives() {
            return new RuntimeLogArchivesApi(this);
        }

        default StaticArtifactsApi staticArtifacts() {
            return new StaticArtifactsApi(this);
        }

        // scheduled tasks
        default ScheduledTasksApi scheduledTasks() {
            return new ScheduledTasksApi(this);
        }

        // source events
        default SourceEventsApi sourceEvents() {
            return new SourceEventsApi(this);
        }

        // dependency backups
        default DependencyBackupsApi dependencyBackups() {
            return new DependencyBackupsApi(this);
        }

        // audit events
        default AuditEventsApi auditEvents() {
            return new AuditEventsApi(this);
        }

        // preview environments
        default PreviewsApi previews() {
            return new PreviewsApi(this);
        }
    }
}
