package dev.appaloft.http.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.catalog.OperationCatalog;
import dev.appaloft.http.routing.RouteTable.Method;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    static RouteTable<String> catalogTable() {
        RouteTable<String> table = new RouteTable<>();
        for (Operation<?, ?> op : OperationCatalog.all()) {
            table.add(Method.valueOf(op.method().name()), op.httpPath(), op.key());
        }
        return table;
    }

    @Test
    void literalSegmentsWinOverParameters() {
        RouteTable<String> table = catalogTable();
        assertThat(table.find(Method.GET, "/api/projects/count").route()).isEqualTo("projects.count");
        RouteTable.Match<String> show = table.find(Method.GET, "/api/projects/prj_123");
        assertThat(show.route()).isEqualTo("projects.show");
        assertThat(show.pathParams()).isEqualTo(Map.of("projectId", "prj_123"));
        assertThat(table.find(Method.GET, "/v1/releases/latest").route()).isEqualTo("get_latest_release");
        assertThat(table.find(Method.GET, "/v1/releases/rel_1").route()).isEqualTo("get_release");
    }

    @Test
    void parametersAreDecodedAndTrailingSlashesIgnored() {
        RouteTable<String> table = catalogTable();
        RouteTable.Match<String> unset = table.find(Method.DELETE, "/api/environments/env_1/variables/MY%20KEY/");
        assertThat(unset.route()).isEqualTo("environments.unsetVariable");
        assertThat(unset.pathParams()).containsEntry("key", "MY KEY").containsEntry("environmentId", "env_1");
    }

    @Test
    void wrongMethodAndUnknownPathAreToldApart() {
        RouteTable<String> table = catalogTable();
        RouteTable.Match<String> wrong = table.find(Method.PUT, "/api/projects");
        assertThat(wrong.methodNotAllowed()).isTrue();
        assertThat(wrong.allowed()).isEqualTo(Set.of(Method.GET, Method.POST));
        RouteTable.Match<String> unknown = table.find(Method.GET, "/api/nothing/here");
        assertThat(unknown.found()).isFalse();
        assertThat(unknown.methodNotAllowed()).isFalse();
        assertThat(table.find(Method.GET, "/api/projects//rename").found()).isFalse();
    }

    @Test
    void everyCatalogOperationIsReachableAtItsOwnPath() {
        RouteTable<String> table = catalogTable();
        for (Operation<?, ?> op : OperationCatalog.all()) {
            String path = op.httpPath().replaceAll("\\{[^}]+}", "x1");
            RouteTable.Match<String> match = table.find(Method.valueOf(op.method().name()), path);
            assertThat(match.found()).as(op.key()).isTrue();
            // a literal sibling may legitimately win (x1 is not a literal), so only check exact templates
            if (!op.httpPath().contains("{")) {
                assertThat(match.route()).as(op.key()).isEqualTo(op.key());
            }
        }
    }

    @Test
    void duplicateRoutesAreRefused() {
        RouteTable<String> table = new RouteTable<>();
        table.add(Method.GET, "/a/{id}", "one");
        assertThatThrownBy(() -> table.add(Method.GET, "/a/{id}", "two")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.add(Method.POST, "/a/{other}", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void anyIdIsCapturedAsItWasSent(@ForAll @AlphaChars @NotBlank String id) {
        assertThat(catalogTable().find(Method.GET, "/api/environments/" + id).pathParams())
                .containsEntry("environmentId", id);
    }
}
