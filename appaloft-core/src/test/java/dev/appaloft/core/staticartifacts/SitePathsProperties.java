package dev.appaloft.core.staticartifacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/** The site path rule: whatever passes stays inside the site folder; every traversal form is refused. */
class SitePathsProperties {

    private static final Path ROOT = Path.of("/srv/site").toAbsolutePath();

    @Property(tries = 2000)
    void whatPassesStaysUnderTheRootAndIsAlreadyNormal(@ForAll("anyPaths") String raw) {
        Optional<String> normalized = SitePaths.normalize(raw);
        normalized.ifPresent(p -> {
            Path resolved = ROOT.resolve(p);
            assertThat(resolved.normalize()).isEqualTo(resolved);
            assertThat(resolved.startsWith(ROOT)).isTrue();
            assertThat(resolved).isNotEqualTo(ROOT);
            assertThat(List.of(p.split("/"))).doesNotContain("..", ".", "");
            assertThat(p).doesNotContain("\\").doesNotStartWith("/");
            assertThat(SitePaths.normalize(p)).contains(p);
        });
    }

    @Property(tries = 1000)
    void aDotDotSegmentAnywhereIsRefused(@ForAll("safeSegments") List<String> before,
                                         @ForAll("safeSegments") List<String> after) {
        String path = String.join("/", concat(before, List.of(".."), after));
        assertThat(SitePaths.normalize(path)).isEmpty();
        assertThat(SitePaths.normalize("/" + String.join("/", concat(before, after)))).isEmpty();
    }

    @Property(tries = 1000)
    void safeSegmentsJoinedPassUnchanged(@ForAll("safeSegments") List<String> segments) {
        if (segments.isEmpty() || segments.size() > SitePaths.MAX_DEPTH) {
            return;
        }
        String path = String.join("/", segments);
        if (path.length() > SitePaths.MAX_LENGTH) {
            return;
        }
        assertThat(SitePaths.normalize(path)).contains(path);
        assertThat(SitePaths.normalize("./" + path)).contains(path);
    }

    @Provide
    Arbitrary<String> anyPaths() {
        Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of("..", ".", "", "/", "\\", "a", "b.html", "%2e%2e",
                        "C:", "\u0000", " ", "~", ".well-known", "..."),
                Arbitraries.strings().ofMaxLength(6));
        return pieces.list().ofMaxSize(8).map(l -> String.join("/", l));
    }

    @Provide
    Arbitrary<List<String>> safeSegments() {
        Arbitrary<String> segment = Combinators.combine(
                Arbitraries.strings().withChars("abcXYZ019_-~@+").ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("", ".html", ".js", ".min.css")).as(String::concat);
        return segment.list().ofMaxSize(6);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        return concat(concat(a, b), c);
    }
}
