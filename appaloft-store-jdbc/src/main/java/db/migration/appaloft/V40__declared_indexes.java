package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.number;
import static dev.appaloft.api.store.IndexField.text;
import static dev.appaloft.api.store.IndexField.textSet;

import dev.appaloft.store.jdbc.migrations.TableReshape;
import dev.appaloft.store.jdbc.migrations.TableReshapeMigration;
import java.util.List;

/**
 * Moves every table of V2 to V37 from the fixed index columns they shared to the fields each
 * collection declares: borrowed columns get their real names (a fleet deployment's group id lived
 * in {@code environment_id}), unused ones are dropped, new ones are filled from the bodies. The plan
 * is spelled out here, frozen, as a migration must be.
 */
public class V40__declared_indexes extends TableReshapeMigration {

    private static final String ORG = "organization_id";
    private static final String STATUS = "status";

    public V40__declared_indexes() {
        super(List.of(
                TableReshape.of("projects").keep(ORG).keep(STATUS),
                TableReshape.of("environments").keep(ORG).keep("project_id").keep(STATUS),
                TableReshape.of("resources").keep(ORG).keep("project_id").keep("environment_id").keep(STATUS),
                TableReshape.of("servers").keep(ORG).keep(STATUS),
                TableReshape.of("deployments").keep(ORG).keep("project_id").keep("environment_id")
                        .keep("resource_id").keep("server_id").keep(STATUS),
                TableReshape.of("fleet_deployment_groups").keep(ORG),
                TableReshape.of("fleet_deployments").keep(ORG).rename("environment_id", "deployment_group_id")
                        .keep(STATUS),
                TableReshape.of("fleet_releases").keep(ORG),
                TableReshape.of("fleet_tokens").keep(ORG).rename("environment_id", "deployment_group_id")
                        .rename("resource_id", "deployment_id").rename(STATUS, "kind"),
                TableReshape.of("users").keep(STATUS),
                TableReshape.of("organizations").keep(ORG).keep(STATUS),
                TableReshape.of("memberships").keep(ORG).rename(STATUS, "role"),
                TableReshape.of("invitations").keep(ORG).keep(STATUS)
                        .add(number("expires_at"), "expiresAt"),
                TableReshape.of("sessions").keep(STATUS),
                TableReshape.of("deploy_tokens").keep(ORG).keep(STATUS)
                        .add(textSet("resource_ids"), "scope.resourceIds")
                        .add(textSet("repository_full_names"), "scope.repositoryFullNames"),
                TableReshape.of("usage_intents").keep(ORG)
                        .add(text("capability_key"), "record.capabilityKey").add(text("source"), "record.source")
                        .add(text("tenant_id"), "record.tenantId").add(text("account_id"), "record.accountId"),
                TableReshape.of("overlay_decisions").keep(ORG).rename(STATUS, "kind")
                        .add(text("operation_key"), "record.operationKey").add(text("source"), "record.source")
                        .add(text("capability_key"), "record.capabilityKey").add(text("tenant_id"), "record.tenantId")
                        .add(text("account_id"), "record.accountId").add(text("surface_kind"), "record.surfaceKind")));
    }
}
