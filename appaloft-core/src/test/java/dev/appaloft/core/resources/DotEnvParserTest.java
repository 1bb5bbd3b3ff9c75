package dev.appaloft.core.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DotEnvParserTest {

    @Provide
    Arbitrary<Map<String, String>> environments() {
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(12)
                .filter(k -> !k.startsWith("_") || k.length() > 1);
        Arbitrary<String> values = Arbitraries.strings().all().ofMaxLength(40)
                .filter(v -> v.chars().noneMatch(c -> c == 0 || Character.isSurrogate((char) c)));
        return Arbitraries.maps(keys, values).ofMaxSize(10);
    }

    /** Whatever the value, writing it double-quoted with escapes and parsing it gives it back. */
    @Property
    void doubleQuotedValuesRoundTrip(@ForAll("environments") Map<String, String> vars) {
        StringBuilder text = new StringBuilder("# generated\n");
        vars.forEach((k, v) -> text.append(k).append("=\"").append(v.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n").replace("\r", "\\r")).append("\"\n"));
        DotEnvParser.Result result = DotEnvParser.parse(text.toString());
        Map<String, String> parsed = new LinkedHashMap<>();
        result.entries().forEach(e -> parsed.put(e.key(), e.value()));
        assertThat(result.problems()).isEmpty();
        assertThat(parsed).isEqualTo(vars);
    }

    @Property
    void parsingNeverThrows(@ForAll String anyText) {
        DotEnvParser.parse(anyText);
    }

    @Test
    void readsTheCommonForms() {
        DotEnvParser.Result r = DotEnvParser.parse("A=1\nexport B = two \nC='x y' # c\nD=\"multi\nline\"\nE=\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).extracting(DotEnvParser.Entry::key, DotEnvParser.Entry::value, DotEnvParser.Entry::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", "1", 1),
                        org.assertj.core.groups.Tuple.tuple("B", "two", 2),
                        org.assertj.core.groups.Tuple.tuple("C", "x y", 3),
                        org.assertj.core.groups.Tuple.tuple("D", "multi\nline", 4),
                        org.assertj.core.groups.Tuple.tuple("E", "", 6));
    }

    @Test
    void reportsEveryBadLineWithItsNumber() {
        DotEnvParser.Result r = DotEnvParser.parse("ok=1\n=nokey\njust text\nQ=\"unclosed\n");
        assertThat(r.problems()).extracting(i -> i.message())
                .containsExactly("line 2: expected KEY=value", "line 3: expected KEY=value",
                        "line 4: the quoted value is never closed");
    }
}
