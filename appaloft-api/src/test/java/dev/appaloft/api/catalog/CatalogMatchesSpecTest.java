package dev.appaloft.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The catalog lists exactly the operations of the two specs: same (method, path) pairs, same keys. */
class CatalogMatchesSpecTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    static Set<String> specPairs(byte[] document, String prefix) throws IOException {
        Set<String> pairs = new TreeSet<>();
        JsonNode paths = MAPPER.readTree(document).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    pairs.add(method.toUpperCase() + " " + prefix + path.getKey() + " " + op.get("operationId").asText());
                }
            }
        }
        return pairs;
    }

    @Test
    void catalogAndSpecsListTheSameOperations() throws IOException {
        Set<String> expected = new TreeSet<>(specPairs(SpecDocuments.read(SpecDocuments.APPALOFT), "/api"));
        expected.addAll(specPairs(SpecDocuments.read(SpecDocuments.ALIEN), ""));

        Set<String> catalog = OperationCatalog.all().stream()
                .map(op -> op.method() + " " + op.httpPath() + " " + op.key())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(catalog).isEqualTo(expected);
        assertThat(OperationCatalog.all()).hasSize(251 + 22);
    }

    @Test
    void queriesAreReadsAndEveryOperationHasASuccessStatus() {
        for (Operation<?, ?> op : OperationCatalog.all()) {
            assertThat(op.successStatus()).as(op.key()).isBetween(200, 299);
            if (op.method() == HttpMethod.GET) {
                assertThat(op.kind()).as(op.key()).isEqualTo(OperationKind.QUERY);
            }
        }
        assertThat(OperationCatalog.byKey("projects.create")).contains(ProjectOperations.PROJECTS_CREATE);
        assertThat(ProjectOperations.ENVIRONMENTS_SET_VARIABLE.successStatus()).isEqualTo(204);
    }

    /** The copies shipped in the jar are the contract in shared/spec, byte for byte. */
    @Test
    void shippedSpecsAreTheSharedContract() throws IOException {
        Path dir = Path.of(System.getProperty("appaloft.spec.dir", "../../shared/spec"));
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared/spec is not beside the repository");
        for (String name : List.of(SpecDocuments.APPALOFT, SpecDocuments.ALIEN)) {
            assertThat(SpecDocuments.read(name)).as(name).isEqualTo(Files.readAllBytes(dir.resolve(name)));
        }
    }
}
