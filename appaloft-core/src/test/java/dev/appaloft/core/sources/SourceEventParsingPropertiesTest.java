package dev.appaloft.core.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.sources.SourceEventKind;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Webhook signatures, pushed refs, ref patterns and fingerprints, over generated input. */
class SourceEventParsingPropertiesTest {

    @Property
    void aBodySignedWithTheSecretVerifiesInAnyHexCaseWithOrWithoutPrefix(@ForAll @StringLength(min = 1, max = 64) String secret,
                                                                         @ForAll byte[] body) {
        String header = WebhookSignature.sign(secret, body);
        assertThat(header).matches("sha256=[0-9a-f]{64}");
        assertThat(WebhookSignature.verify(secret, body, header)).isEqualTo(WebhookSignature.Check.VALID);
        assertThat(WebhookSignature.verify(secret, body, header.toUpperCase(Locale.ROOT)))
                .isEqualTo(WebhookSignature.Check.VALID);
        assertThat(WebhookSignature.verify(secret, body, header.substring("sha256=".length())))
                .isEqualTo(WebhookSignature.Check.VALID);
    }

    @Property
    void anyChangedByteOrOtherSecretFailsVerification(@ForAll @StringLength(min = 1, max = 64) String secret,
                                                     @ForAll @StringLength(min = 1, max = 200) String text,
                                                     @ForAll("index") int at) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.sign(secret, body);
        byte[] changed = body.clone();
        changed[at % changed.length] ^= 0x01;
        assertThat(WebhookSignature.verify(secret, changed, header)).isEqualTo(WebhookSignature.Check.MISMATCH);
        assertThat(WebhookSignature.verify(secret + "x", body, header)).isEqualTo(WebhookSignature.Check.MISMATCH);
    }

    @Property
    void arbitraryHeadersNeverThrowAndNeverVerify(@ForAll String header, @ForAll byte[] body) {
        WebhookSignature.Check check = WebhookSignature.verify("secret", body, header);
        assertThat(check).isNotEqualTo(WebhookSignature.Check.VALID);
        if (header.isBlank()) {
            assertThat(check).isEqualTo(WebhookSignature.Check.MISSING);
        }
    }

    @Provide
    Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Provide
    Arbitrary<String> branch() {
        Arbitrary<String> segment = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABC0123456789-_")
                .ofMinLength(1).ofMaxLength(20);
        return segment.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("/", parts));
    }

    @Property
    void branchAndTagRefsParseToTheirNameAndKind(@ForAll("branch") String name) {
        assertThat(GitRef.parse("refs/heads/" + name)).hasValue(new GitRef(SourceEventKind.PUSH, name));
        assertThat(GitRef.parse("refs/tags/" + name)).hasValue(new GitRef(SourceEventKind.TAG, name));
        assertThat(GitRef.parse(name)).hasValue(new GitRef(SourceEventKind.PUSH, name));
        assertThat(GitRef.parse("refs/heads/" + name).orElseThrow().fullName()).isEqualTo("refs/heads/" + name);
        // a branch pattern equal to the name, its full form and ** all match it
        GitRef ref = GitRef.parse(name).orElseThrow();
        assertThat(RefPatterns.matches(name, ref)).isTrue();
        assertThat(RefPatterns.matches("refs/heads/" + name, ref)).isTrue();
        assertThat(RefPatterns.matches("**", ref)).isTrue();
        assertThat(RefPatterns.matches("*", ref)).isEqualTo(!name.contains("/"));
    }

    @Property
    void whateverParsesIsASafeRefName(@ForAll String ref) {
        GitRef.parse(ref).ifPresent(parsed -> {
            assertThat(parsed.name()).doesNotContain("..", " ", "\\", "~", "^", ":", "?", "*", "[", "@{", "//")
                    .isNotEmpty().doesNotStartWith("/").doesNotEndWith("/").doesNotEndWith(".lock");
            assertThat(parsed.name().chars()).allMatch(c -> c > 0x20 && c != 0x7f);
        });
    }

    @Example
    void otherRefsDoNotParse() {
        assertThat(GitRef.parse("refs/pull/1/head")).isEmpty();
        assertThat(GitRef.parse("refs/heads/a..b")).isEmpty();
        assertThat(GitRef.parse("refs/heads/")).isEmpty();
        assertThat(GitRef.parse("refs/heads/x.lock")).isEmpty();
        assertThat(GitRef.parse(null)).isEmpty();
        assertThat(RefPatterns.matches("release/*", GitRef.parse("release/1.2").orElseThrow())).isTrue();
        assertThat(RefPatterns.matches("release/*", GitRef.parse("release/1/2").orElseThrow())).isFalse();
        assertThat(RefPatterns.matches("refs/tags/v*", GitRef.parse("refs/tags/v1").orElseThrow())).isTrue();
        assertThat(RefPatterns.matches("refs/tags/v*", GitRef.parse("refs/heads/v1").orElseThrow())).isFalse();
    }

    @Property
    void fingerprintsRoundTripAnyRepositoryAndRef(@ForAll @StringLength(min = 1, max = 80) String repository,
                                                 @ForAll @StringLength(min = 1, max = 80) String ref) {
        String fingerprint = SourceFingerprint.of(repository, ref);
        assertThat(fingerprint).startsWith("source-fingerprint:v1:");
        assertThat(SourceFingerprint.parts(fingerprint)).hasValueSatisfying(parts -> {
            assertThat(parts[0]).isEqualTo(repository);
            assertThat(parts[1]).isEqualTo(ref);
        });
    }

    @Property
    void oneGitHubRepositoryHasOneIdentityHoweverItIsWritten(@ForAll("branch") String owner, @ForAll("branch") String name) {
        String o = owner.replace("/", "-");
        String n = name.replace("/", "-");
        String expected = ("github.com/" + o + "/" + n).toLowerCase(Locale.ROOT);
        assertThat(SourceFingerprint.repository("https://github.com/" + o + "/" + n + ".git")).isEqualTo(expected);
        assertThat(SourceFingerprint.repository("git@github.com:" + o + "/" + n + ".git")).isEqualTo(expected);
        assertThat(SourceFingerprint.repository("ssh://git@GitHub.com/" + o + "/" + n + "/")).isEqualTo(expected);
        assertThat(SourceFingerprint.repository("https://user:tok@github.com/" + o + "/" + n)).isEqualTo(expected);
    }

    @Example
    void localRepositoriesKeepTheirPath() {
        assertThat(SourceFingerprint.repository("file:///srv/git/Shop.git")).isEqualTo("/srv/git/Shop");
        assertThat(SourceFingerprint.repository("/srv/git/Shop/")).isEqualTo("/srv/git/Shop");
        assertThat(SourceLocators.safe("https://user:tok@example.com/a/b.git")).isEqualTo("https://example.com/a/b.git");
    }
}
