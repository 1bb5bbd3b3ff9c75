package dev.appaloft.core.system;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Release versions order as their numbers do, a qualified one before its release, and garbage is no version. */
class ReleaseVersionProperties {

    @Provide
    Arbitrary<String> versions() {
        Arbitrary<Integer> part = Arbitraries.integers().between(0, 30);
        Arbitrary<String> qualifier = Arbitraries.of("", "-rc.1", "-rc.2", "-SNAPSHOT", "-beta");
        return Combinators.combine(part, part, part, qualifier).as((a, b, c, q) -> a + "." + b + "." + c + q);
    }

    @Property
    void theOrderIsAntisymmetricAndMatchesTheNumbers(@ForAll("versions") String a, @ForAll("versions") String b) {
        ReleaseVersion x = ReleaseVersion.parse(a);
        ReleaseVersion y = ReleaseVersion.parse(b);
        assertThat(x).isNotNull();
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
        int byNumbers = java.util.Arrays.compare(x.numbers(), y.numbers());
        if (byNumbers != 0) {
            assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(byNumbers));
        }
    }

    @Property
    void aQualifiedVersionComesBeforeItsRelease(@ForAll("versions") String v) {
        String release = v.replaceAll("-.*", "");
        assertThat(ReleaseVersion.isNewer(release + "-rc.1", release)).isFalse();
        assertThat(ReleaseVersion.isNewer(release, release + "-rc.1")).isTrue();
        assertThat(ReleaseVersion.isNewer(release, release)).isFalse();
        assertThat(ReleaseVersion.parse(release + ".0")).isEqualTo(ReleaseVersion.parse(release));
    }

    @Property
    void textThatIsNoVersionParsesToNothing(@ForAll("garbage") String text) {
        assertThat(ReleaseVersion.parse(text)).isNull();
        assertThat(ReleaseVersion.isNewer("1.0.0", text)).isTrue(); // a development build is older than any release
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(Arbitraries.of("development", "", "v1.0", "1..2", "1.0.0-", "latest", "1.0 beta"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
    }
}
