package dev.appaloft.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AesGcmSecretBoxTest {

    @Test
    void sealsWithoutRevealingAndOpensWithTheRightKey() {
        AesGcmSecretBox box = AesGcmSecretBox.withKey("k1", AesGcmSecretBox.newKey());
        String sealed = box.seal("hunter2");
        assertThat(sealed).startsWith("v1:k1:").doesNotContain("hunter2");
        assertThat(box.seal("hunter2")).isNotEqualTo(sealed); // fresh nonce every time
        assertThat(box.open(sealed)).isEqualTo("hunter2");
    }

    @Test
    void rotatedKeysStillOpenOldValues() {
        byte[] oldKey = AesGcmSecretBox.newKey();
        String sealed = AesGcmSecretBox.withKey("k1", oldKey).seal("v");
        AesGcmSecretBox rotated = new AesGcmSecretBox("k2", Map.of("k1", oldKey, "k2", AesGcmSecretBox.newKey()));
        assertThat(rotated.open(sealed)).isEqualTo("v");
        assertThat(rotated.seal("v")).startsWith("v1:k2:");
    }

    @Test
    void tamperingOrAWrongKeyIsDetected() {
        AesGcmSecretBox box = AesGcmSecretBox.withKey("k1", AesGcmSecretBox.newKey());
        String sealed = box.seal("value");
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AesGcmSecretBox.withKey("k1", AesGcmSecretBox.newKey()).open(sealed))
                .isInstanceOf(IllegalStateException.class);
    }
}
