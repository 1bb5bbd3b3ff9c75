package dev.appaloft.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class DeployTokenScopeTest {

    private static final List<String> FIELDS = List.of("projectId", "environmentId", "resourceId", "serverId",
            "repositoryFullName");

    @Provide
    Arbitrary<List<String>> ids() {
        return Arbitraries.of("a", "b", "c", "d").list().ofMaxSize(3).uniqueElements();
    }

    @Provide
    Arbitrary<Map<String, String>> requests() {
        return Arbitraries.maps(Arbitraries.of(FIELDS), Arbitraries.of("a", "b", "c", "d")).ofMaxSize(5);
    }

    /** A request passes exactly when every restricted dimension names one of its allowed values. */
    @Property
    void aRequestPassesOnlyWhenEveryRestrictedDimensionAllowsItsValue(
            @ForAll("ids") List<String> projects, @ForAll("ids") List<String> environments,
            @ForAll("ids") List<String> resources, @ForAll("ids") List<String> servers,
            @ForAll("requests") Map<String, String> request) {
        DeployTokenScope scope = new DeployTokenScope(projects, environments, resources, servers, List.of(),
                List.of("source-link-deploy"));
        Map<String, List<String>> dimensions = Map.of("projectId", projects, "environmentId", environments,
                "resourceId", resources, "serverId", servers, "repositoryFullName", List.of());
        boolean expected = dimensions.entrySet().stream().allMatch(d -> d.getValue().isEmpty()
                || (request.get(d.getKey()) != null && d.getValue().contains(request.get(d.getKey()))));
        assertThat(scope.refusal("source-link-deploy", request).isEmpty()).isEqualTo(expected);
    }

    /** Narrowing a scope never lets more through; the workflow command is never optional. */
    @Property
    void aNarrowerScopeNeverAllowsMore(@ForAll("ids") @Size(min = 1) List<String> projects,
                                       @ForAll("requests") Map<String, String> request) {
        DeployTokenScope wide = new DeployTokenScope(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of("source-link-deploy"));
        DeployTokenScope narrow = new DeployTokenScope(projects, List.of(), List.of(), List.of(), List.of(),
                List.of("source-link-deploy"));
        if (narrow.refusal("source-link-deploy", request).isEmpty()) {
            assertThat(wide.refusal("source-link-deploy", request)).isEmpty();
        }
        assertThat(wide.refusal("preview-cleanup", request)).isPresent();
        Map<String, String> withoutProject = new HashMap<>(request);
        withoutProject.remove("projectId");
        assertThat(narrow.refusal("source-link-deploy", withoutProject)).as("a missing value is refused").isPresent();
    }
}
