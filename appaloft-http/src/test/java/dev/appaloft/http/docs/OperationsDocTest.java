package dev.appaloft.http.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.access.OperationAccess;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.catalog.OperationCatalog;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.store.memory.MemoryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/operations.md is generated from the catalog: every operation, its HTTP binding, its
 * success status and whether it is implemented. This test fails when the file is stale; run it
 * with {@code -Dappaloft.docs.update=true} to rewrite it.
 */
class OperationsDocTest {

    static final Path DOC = Path.of("..", "docs", "operations.md");

    static String render() {
        try (AppaloftEngine engine = AppaloftEngine.builder().store(new MemoryStore()).build()) {
            StringBuilder out = new StringBuilder();
            out.append("# Operations\n\n")
                    .append("Generated from the operation catalog by `OperationsDocTest` (do not edit by hand: run\n")
                    .append("`mvn -pl appaloft-http test -Dtest=OperationsDocTest -Dappaloft.docs.update=true`).\n\n")
                    .append(engine.implementedOperations().size()).append(" of ").append(OperationCatalog.all().size())
                    .append(" operations are implemented; the others answer `501 not_implemented`.\n\n")
                    .append("`least role` is the weakest organization role allowed to run the operation (roles, weakest\n")
                    .append("first: viewer, billing, developer, admin, owner); `public` needs no credentials, `signed-in`\n")
                    .append("any signed-in user acting on their own account, `fleet-token` the Alien token rules. The\n")
                    .append("table is `OperationAccess`; the facade enforces it for every caller.\n\n")
                    .append("| key | kind | method | path | success | least role | implemented | input |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            for (Operation<?, ?> op : OperationCatalog.all()) {
                out.append("| `").append(op.key()).append("` | ").append(op.kind().name().toLowerCase())
                        .append(" | ").append(op.method()).append(" | `").append(op.httpPath()).append("` | ")
                        .append(op.successStatus()).append(" | ").append(OperationAccess.required(op).wire())
                        .append(" | ").append(engine.isImplemented(op) ? "yes" : "no")
                        .append(" | ").append(op.typed() ? "`" + op.inputType().getSimpleName() + "`" : "JSON")
                        .append(" |\n");
            }
            out.append("\nExtension request headers (what the spec's bodies have no field for):\n\n");
            for (Operation<?, ?> op : OperationCatalog.all()) {
                op.requestHeaders().forEach((header, field) -> out.append("- `").append(op.key()).append("`: `")
                        .append(header).append("` fills `").append(field).append("`\n"));
            }
            return out.toString();
        }
    }

    @Test
    void theOperationsDocumentMatchesTheCatalog() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("appaloft.docs.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/operations.md is stale: rerun with -Dappaloft.docs.update=true").exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/operations.md is stale: rerun with -Dappaloft.docs.update=true").isEqualTo(expected);
    }
}
