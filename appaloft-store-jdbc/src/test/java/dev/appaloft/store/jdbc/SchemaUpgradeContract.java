package dev.appaloft.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.store.CollectionSpec;
import dev.appaloft.api.store.Document;
import dev.appaloft.api.store.DocumentIndex;
import dev.appaloft.api.store.DocumentQuery;
import dev.appaloft.api.store.IndexField;
import dev.appaloft.api.store.IndexFields;
import dev.appaloft.api.store.IndexType;
import dev.appaloft.api.store.StoreCollections;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The schema agrees with the declarations ({@code StoreCollections}), and a database written by the
 * schema before declared indexes (migrations up to V37) upgrades keeping every document, version
 * and key, with borrowed columns under their real names. Each backend supplies fresh databases.
 */
abstract class SchemaUpgradeContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final List<String> FIXED = List.of("id", "version", "created_at", "updated_at", "held_keys", "body");

    /** A fresh, empty database. */
    abstract DataSource freshDatabase();

    abstract SqlDialect dialect();

    /** A store on the database {@link #freshDatabase} last returned (it migrates to the latest schema). */
    abstract JdbcStore openStore();

    @Test
    void everyTableHasExactlyItsDeclaredColumnsAndIndexes() throws Exception {
        DataSource db = freshDatabase();
        openStore().close();
        try (Connection c = db.getConnection()) {
            for (CollectionSpec spec : StoreCollections.specs()) {
                Set<String> expected = new LinkedHashSet<>(FIXED);
                spec.indexes().forEach(f -> expected.add(f.name()));
                assertThat(columns(c, spec.name())).as(spec.name()).containsExactlyInAnyOrderElementsOf(expected);
                Set<String> indexes = indexes(c, spec.name());
                for (IndexField field : spec.indexes()) {
                    if (field.type() != IndexType.TEXT_SET) {
                        assertThat(indexes).as(spec.name()).contains(spec.name() + "_by_" + field.name());
                    }
                }
            }
        }
    }

    @Test
    void aDatabaseThatANewerReleaseMigratedIsRefusedNotDowngraded() throws Exception {
        DataSource db = freshDatabase();
        openStore().close();
        try (Connection c = db.getConnection(); Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO " + Migrations.HISTORY_TABLE + " (installed_rank, version, description, type,"
                    + " script, installed_by, execution_time, success) VALUES (100000, '9999', 'from a newer release',"
                    + " 'JDBC', 'db.migration.appaloft.V9999__newer', 'test', 1, TRUE)");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(this::openStore)
                .isInstanceOf(dev.appaloft.api.store.StoreUnavailableException.class)
                .hasMessageContaining("migrated by a newer release (V9999")
                .hasMessageContaining("downgrades are refused");
    }

    @Test
    void aDatabaseOfTheFixedColumnSchemaUpgradesKeepingItsData() throws Exception {
        DataSource db = freshDatabase();
        Flyway legacy = Flyway.configure(Migrations.class.getClassLoader())
                .configuration(Migrations.flyway(db, dialect()).getConfiguration()).target("37").load();
        legacy.migrate();
        try (Connection c = db.getConnection(); Statement sql = c.createStatement()) {
            // rows as the code of that schema wrote them: borrowed columns carry other meanings
            legacyRow(sql, "projects", "prj_1", 3, "'org_a'", "NULL", "NULL", "NULL", "NULL", "'active'",
                    "{\"id\":\"prj_1\",\"name\":\"shop\"}", "5:slugA");
            sql.execute("INSERT INTO unique_keys VALUES ('projects', 'slugA', 'prj_1')");
            legacyRow(sql, "servers", "srv_1", 1, "'org_a'", "NULL", "NULL", "NULL", "'srv_1'", "'ready'", "{}", "");
            legacyRow(sql, "fleet_deployments", "fd_1", 2, "'org_a'", "NULL", "'grp_1'", "NULL", "NULL", "'running'",
                    "{\"id\":\"fd_1\"}", "");
            legacyRow(sql, "fleet_tokens", "ft_1", 1, "'org_a'", "NULL", "'grp_1'", "'fd_1'", "NULL", "'deployment'",
                    "{\"id\":\"ft_1\"}", "");
            legacyRow(sql, "memberships", "mem_1", 1, "'org_a'", "NULL", "NULL", "NULL", "NULL", "'owner'", "{}", "");
            legacyRow(sql, "invitations", "inv_1", 1, "'org_a'", "NULL", "NULL", "NULL", "NULL", "'pending'",
                    "{\"id\":\"inv_1\",\"expiresAt\":1767312000000}", "");
            legacyRow(sql, "deploy_tokens", "dtk_1", 4, "'org_a'", "NULL", "NULL", "NULL", "NULL", "'active'",
                    "{\"scope\":{\"resourceIds\":[\"res_1\",\"res_2\"],\"repositoryFullNames\":[]}}", "");
            legacyRow(sql, "overlay_decisions", "ovd_1", 1, "'org_a'", "NULL", "NULL", "NULL", "NULL",
                    "'route-surface'", "{\"record\":{\"operationKey\":\"resources.show\",\"source\":\"console\"}}", "");
        }

        try (JdbcStore store = openStore()) {
            Document project = store.read(r -> r.find(StoreCollections.PROJECTS, "prj_1")).orElseThrow();
            assertThat(project.version()).isEqualTo(3);
            assertThat(project.body()).isEqualTo("{\"id\":\"prj_1\",\"name\":\"shop\"}");
            assertThat(project.index()).isEqualTo(DocumentIndex.ofOrganization("org_a").with(IndexFields.STATUS, "active"));
            java.util.Optional<Document> holder = store.read(r -> r.findByUniqueKey(StoreCollections.PROJECTS, "slugA"));
            assertThat(holder).contains(project);
            assertThat(index(store, StoreCollections.SERVERS, "srv_1"))
                    .isEqualTo(DocumentIndex.ofOrganization("org_a").with(IndexFields.STATUS, "ready"));
            assertThat(index(store, StoreCollections.FLEET_DEPLOYMENTS, "fd_1")).isEqualTo(DocumentIndex
                    .ofOrganization("org_a").with("deployment_group_id", "grp_1").with(IndexFields.STATUS, "running"));
            assertThat(index(store, StoreCollections.FLEET_TOKENS, "ft_1")).isEqualTo(DocumentIndex.ofOrganization("org_a")
                    .with("deployment_group_id", "grp_1").with("deployment_id", "fd_1").with("kind", "deployment"));
            assertThat(index(store, StoreCollections.MEMBERSHIPS, "mem_1"))
                    .isEqualTo(DocumentIndex.ofOrganization("org_a").with("role", "owner"));
            assertThat(index(store, StoreCollections.INVITATIONS, "inv_1").get("expires_at")).isEqualTo(1767312000000L);
            assertThat(index(store, StoreCollections.DEPLOY_TOKENS, "dtk_1").get("resource_ids"))
                    .isEqualTo(Set.of("res_1", "res_2"));
            assertThat(index(store, StoreCollections.OVERLAY_DECISIONS, "ovd_1"))
                    .isEqualTo(DocumentIndex.ofOrganization("org_a").with("kind", "route-surface")
                            .with("operation_key", "resources.show").with("source", "console"));
            // the new fields answer queries, the backfilled set values included
            assertThat(ids(store, StoreCollections.DEPLOY_TOKENS,
                    DocumentQuery.where(DocumentIndex.NONE.with("resource_ids", "res_2")))).containsExactly("dtk_1");
            assertThat(ids(store, StoreCollections.FLEET_DEPLOYMENTS,
                    DocumentQuery.where(DocumentIndex.NONE.with("deployment_group_id", "grp_1")))).containsExactly("fd_1");
            assertThat(ids(store, StoreCollections.INVITATIONS,
                    DocumentQuery.all().below("expires_at", 1767312000001L))).containsExactly("inv_1");
            assertThat(store.health().ready()).isTrue();
        }
    }

    private static void legacyRow(Statement sql, String table, String id, long version, String org, String project,
                                  String environment, String resource, String server, String status, String body,
                                  String heldKeys) throws Exception {
        sql.execute("INSERT INTO " + table + " (id, version, organization_id, project_id, environment_id, resource_id,"
                + " server_id, status, created_at, updated_at, held_keys, body) VALUES ('" + id + "', " + version + ", "
                + org + ", " + project + ", " + environment + ", " + resource + ", " + server + ", " + status
                + ", 1700000000000, 1700000000000, '" + heldKeys + "', '" + body + "')");
    }

    private static DocumentIndex index(JdbcStore store, String collection, String id) {
        return store.read(r -> r.find(collection, id)).orElseThrow().index();
    }

    private static List<String> ids(JdbcStore store, String collection, DocumentQuery query) {
        return store.read(r -> r.query(collection, query)).stream().map(Document::id).toList();
    }

    private static Set<String> columns(Connection c, String table) throws Exception {
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static Set<String> indexes(Connection c, String table) throws Exception {
        DatabaseMetaData meta = c.getMetaData();
        Set<String> names = new HashSet<>();
        try (ResultSet rs = meta.getIndexInfo(null, null, table, false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null) {
                    names.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

}
