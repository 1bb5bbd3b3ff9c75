package dev.appaloft.core.deployments.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.error.AppaloftException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The parser never fails other than with compose_file_invalid, and reads back what a generated file declares. */
class ComposeFilePropertiesTest {

    @Property(tries = 300)
    void anyTextEitherParsesOrIsRefusedAsAnInvalidComposeFile(@ForAll @StringLength(max = 400) String text) {
        try {
            ComposeFile file = ComposeFile.parse(text, "source.metadata.content");
            assertThat(file.services()).isNotEmpty();
        } catch (AppaloftException e) {
            assertThat(e.code()).isEqualTo(ComposeFile.COMPOSE_FILE_INVALID);
        }
    }

    @Property(tries = 200)
    void noisyYamlAroundComposeKeysIsRefusedCleanly(@ForAll("yamlish") String text) {
        try {
            ComposeFile.parse(text, "f");
        } catch (AppaloftException e) {
            assertThat(e.code()).isEqualTo(ComposeFile.COMPOSE_FILE_INVALID);
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void generatedStacksReadBackTheirServicesAndLines(@ForAll @Size(min = 1, max = 8) List<@From("names") String> names,
                                                      @ForAll boolean quoted) {
        List<String> unique = names.stream().distinct().toList();
        StringBuilder yaml = new StringBuilder("services:\n");
        List<Integer> lines = new ArrayList<>();
        int line = 2;
        for (int i = 0; i < unique.size(); i++) {
            String name = unique.get(i);
            yaml.append("  ").append(quoted ? "\"" + name + "\"" : name).append(":\n");
            lines.add(line);
            if (i % 2 == 0) {
                yaml.append("    image: local/img-").append(i).append(":1\n");
            } else {
                yaml.append("    build:\n      context: ./").append(name).append("\n");
                line++;
            }
            yaml.append("    environment:\n      A: \"1\"\n");
            line += 4;
        }
        ComposeFile file = ComposeFile.parse(yaml.toString(), "f");
        assertThat(file.serviceNames()).containsExactlyElementsOf(unique);
        assertThat(file.services()).extracting(ComposeService::line).containsExactlyElementsOf(lines);
        assertThat(file.target(unique.get(unique.size() - 1)).name()).isEqualTo(unique.get(unique.size() - 1));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_', '.').ofMinLength(1)
                .ofMaxLength(12).filter(s -> Character.isLetterOrDigit(s.charAt(0)) && !s.matches("\\d+(\\.\\d*)?")
                        && !List.of("y", "n", "yes", "no", "on", "off", "true", "false", "null").contains(s));
    }

    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> pieces = Arbitraries.of("services:", "\n", "  ", "web:", "image: a", "build: .", "- x", "[",
                "]", "{", "}", "&a", "*a", "<<: *a", "container_name: c", ": ", "'", "\"", "#", "\t", "---", "...");
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }
}
