package dev.appaloft.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private final Passwords passwords = new Passwords(64, 1, 1);

    @Test
    void passwordHashesAreArgon2idSaltedAndVerify() {
        String hash = passwords.hash("correct horse battery");
        assertThat(hash).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
        assertThat(passwords.hash("correct horse battery")).as("salted").isNotEqualTo(hash);
        assertThat(passwords.verify("correct horse battery", hash)).isTrue();
        assertThat(passwords.verify("correct horse batterY", hash)).isFalse();
        assertThat(passwords.verify("x", "$argon2id$v=19$m=99999999,t=1,p=1$AAAA$AAAA")).as("absurd cost refused").isFalse();
        assertThat(passwords.verify("x", "not a hash")).isFalse();
        assertThat(Passwords.standard().hash("p").split("\\$")[3]).isEqualTo("m=19456,t=2,p=1");
        assertThat(Passwords.generate()).matches("aplt-admin-[a-z2-9]{24}");
    }

    /** A secret is recognised by its shape and matched by its hash only. */
    @Property
    void tokensMatchOnlyThemselves(@ForAll @StringLength(min = 0, max = 80) String other) {
        String token = TokenSecrets.generate(TokenSecrets.DEPLOY_TOKEN_PREFIX);
        assertThat(TokenSecrets.looksLike(token, TokenSecrets.DEPLOY_TOKEN_PREFIX)).isTrue();
        assertThat(TokenSecrets.looksLike(token, TokenSecrets.SESSION_PREFIX)).isFalse();
        assertThat(TokenSecrets.matches(TokenSecrets.hash(token), TokenSecrets.hash(token))).isTrue();
        if (!other.equals(token)) {
            assertThat(TokenSecrets.matches(TokenSecrets.hash(token), TokenSecrets.hash(other))).isFalse();
        }
        assertThat(TokenSecrets.hash(token)).startsWith("sha256:").doesNotContain(token.substring(8));
    }
}
