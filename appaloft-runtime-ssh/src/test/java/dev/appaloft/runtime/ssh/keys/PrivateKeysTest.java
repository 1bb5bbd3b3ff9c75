package dev.appaloft.runtime.ssh.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.ssh.SshKeyException;
import dev.appaloft.api.ssh.SshKeyException.Problem;
import dev.appaloft.api.ssh.SshKeyFormat;
import dev.appaloft.api.ssh.SshKeyInfo;
import dev.appaloft.api.ssh.SshKeyReader;
import dev.appaloft.api.ssh.SshKeyType;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import dev.appaloft.runtime.ssh.testing.TestSshKeys.Format;
import dev.appaloft.runtime.ssh.testing.TestSshKeys.Key;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key type in every file format ssh-keygen and openssl write, plain and encrypted: the
 * public key and fingerprint match what ssh-keygen says, the pair signs and verifies, and each
 * way a key can be wrong is told apart.
 */
class PrivateKeysTest {

    static final String PASSPHRASE = "correct horse battery";

    static Stream<Key> keys() {
        List<Key> keys = new ArrayList<>();
        for (String passphrase : new String[]{null, PASSPHRASE}) {
            keys.add(TestSshKeys.generate(SshKeyType.ED25519, Format.OPENSSH, passphrase));
            keys.add(TestSshKeys.generate(SshKeyType.ED25519, Format.PKCS8, passphrase));
            for (SshKeyType type : List.of(SshKeyType.RSA, SshKeyType.ECDSA)) {
                for (Format format : Format.values()) {
                    keys.add(TestSshKeys.generate(type, format, passphrase));
                }
            }
        }
        return keys.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void readsTheKeyAsSshKeygenDoes(Key key) throws Exception {
        PrivateKeys.Opened opened = PrivateKeys.open(key.privateKey(), key.passphrase());

        SshKeyInfo info = opened.info();
        assertThat(info.type()).isEqualTo(key.type());
        assertThat(info.format()).isEqualTo(key.format() == Format.OPENSSH ? SshKeyFormat.OPENSSH : SshKeyFormat.PEM);
        assertThat(info.encrypted()).isEqualTo(key.passphrase() != null);
        assertThat(info.publicKey().openSsh()).isEqualTo(key.publicKey());
        assertThat(info.publicKey().fingerprint()).isEqualTo(key.fingerprint());
        assertSignsAndVerifies(opened.keyPair(), key.type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void anEncryptedKeyNeedsItsOwnPassphrase(Key key) throws Exception {
        if (key.passphrase() == null) {
            // a passphrase given for a plain key is not needed, and not held against it
            assertThat(PrivateKeys.open(key.privateKey(), "unused").info().encrypted()).isFalse();
            return;
        }
        assertProblem(key.privateKey(), null, Problem.PASSPHRASE_REQUIRED);
        assertProblem(key.privateKey(), "", Problem.PASSPHRASE_REQUIRED);
        assertProblem(key.privateKey(), "wrong horse", Problem.PASSPHRASE_INCORRECT);
    }

    @Test
    void everyWrongPassphraseOfAnEncryptedPemKeyIsTheWrongPassphraseEvenWhenItsNoisePassesThePaddingCheck() {
        // about 1 wrong passphrase in 256 decrypts a CBC-sealed PEM key to noise with valid padding: 1,000 tries
        // meet that case with near certainty (it once failed a CI run as "malformed")
        for (Key key : List.of(TestSshKeys.generate(SshKeyType.RSA, Format.PEM, PASSPHRASE),
                TestSshKeys.generate(SshKeyType.ECDSA, Format.PEM, PASSPHRASE))) {
            for (int i = 0; i < 500; i++) {
                String wrong = "wrong " + i;
                assertThatThrownBy(() -> PrivateKeys.open(key.privateKey(), wrong))
                        .isInstanceOfSatisfying(SshKeyException.class, e -> assertThat(e.problem())
                                .as("passphrase %s", wrong).isEqualTo(Problem.PASSPHRASE_INCORRECT));
            }
        }
    }

    @Test
    void whatIsNotAUsablePrivateKeyIsToldApart() {
        Key key = TestSshKeys.ed25519();
        String pem = TestSshKeys.generate(SshKeyType.RSA, Format.PEM, null).privateKey();
        assertProblem("not a key at all", null, Problem.MALFORMED);
        assertProblem("", null, Problem.MALFORMED);
        assertProblem(key.publicKey(), null, Problem.MALFORMED);
        assertProblem(key.privateKey().substring(0, key.privateKey().length() / 2), null, Problem.MALFORMED);
        assertProblem(pem.substring(0, pem.length() / 2) + "\n-----END RSA PRIVATE KEY-----\n", null, Problem.MALFORMED);
        assertProblem("-----BEGIN OPENSSH PRIVATE KEY-----\nbm90IGEga2V5\n-----END OPENSSH PRIVATE KEY-----\n",
                null, Problem.MALFORMED);
        assertProblem(TestSshKeys.dsa(Format.OPENSSH), null, Problem.UNSUPPORTED);
        assertProblem(TestSshKeys.dsa(Format.PEM), null, Problem.UNSUPPORTED);
        assertProblem("PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: test\n", null, Problem.UNSUPPORTED);
    }

    @Test
    void pastedKeysWithWindowsLineEndsOrSurroundingSpaceAreRead() throws Exception {
        Key key = TestSshKeys.generate(SshKeyType.ECDSA, Format.PEM, PASSPHRASE);
        String pasted = "\n  " + key.privateKey().replace("\n", "\r\n") + "  \n";
        assertThat(PrivateKeys.open(pasted, PASSPHRASE).info().publicKey().fingerprint()).isEqualTo(key.fingerprint());
    }

    @Test
    void theCoreFindsTheReaderThroughTheServiceLoader() throws Exception {
        SshKeyReader reader = ServiceLoader.load(SshKeyReader.class).findFirst().orElseThrow();
        Key key = TestSshKeys.ed25519();
        assertThat(reader).isInstanceOf(SshjKeyReader.class);
        assertThat(reader.read(key.privateKey(), null).publicKey().fingerprint()).isEqualTo(key.fingerprint());
    }

    private static void assertProblem(String privateKey, String passphrase, Problem problem) {
        assertThatThrownBy(() -> PrivateKeys.open(privateKey, passphrase)).isInstanceOfSatisfying(SshKeyException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.getMessage()).doesNotContain("PRIVATE KEY").doesNotContain("AAAA");
                });
    }

    private static void assertSignsAndVerifies(KeyPair pair, SshKeyType type) throws Exception {
        String algorithm = switch (type) {
            case ED25519 -> "Ed25519";
            case RSA -> "SHA256withRSA";
            case ECDSA -> "SHA256withECDSA";
        };
        byte[] data = "a session to sign".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(pair.getPrivate());
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(pair.getPublic());
        verifier.update(data);
        assertThat(verifier.verify(signature)).as("the private key belongs to the public key").isTrue();
    }
}
