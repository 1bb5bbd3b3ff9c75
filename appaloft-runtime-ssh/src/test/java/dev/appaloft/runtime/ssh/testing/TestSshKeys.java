package dev.appaloft.runtime.ssh.testing;

import dev.appaloft.api.ssh.SshKeyType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Private keys made for a test by the tools people make them with: {@code ssh-keygen} (OpenSSH,
 * PEM and PKCS#8 files) and {@code openssl} (PKCS#8 ed25519, which ssh-keygen cannot write). The
 * expected public key and fingerprint come from those tools too, never from the code under test.
 */
public final class TestSshKeys {

    /** How the private key file is written. */
    public enum Format {
        /** {@code BEGIN OPENSSH PRIVATE KEY} */
        OPENSSH,
        /** PKCS#1 {@code BEGIN RSA PRIVATE KEY} or SEC1 {@code BEGIN EC PRIVATE KEY} (no ed25519 form exists) */
        PEM,
        /** {@code BEGIN PRIVATE KEY}, or {@code BEGIN ENCRYPTED PRIVATE KEY} with a passphrase */
        PKCS8
    }

    /**
     * @param publicKey   {@code <algorithm> <base64>}, as in authorized_keys (no comment)
     * @param fingerprint {@code SHA256:...}, as {@code ssh-keygen -l} prints it
     */
    public record Key(SshKeyType type, Format format, String passphrase, String privateKey, String publicKey,
                      String fingerprint) {

        @Override
        public String toString() {
            return type + "/" + format + (passphrase == null ? "" : "/encrypted");
        }
    }

    private TestSshKeys() {
    }

    public static Key ed25519() {
        return generate(SshKeyType.ED25519, Format.OPENSSH, null);
    }

    /** A new key; {@code passphrase} null for an unencrypted one. */
    public static Key generate(SshKeyType type, Format format, String passphrase) {
        try {
            Path dir = Files.createTempDirectory("appaloft-test-key");
            try {
                return type == SshKeyType.ED25519 && format == Format.PKCS8
                        ? opensslEd25519(dir, passphrase) : sshKeygen(dir, type, format, passphrase);
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DSA key (OpenSSH's format, or PEM): a private key credentials refuse. */
    public static String dsa(Format format) {
        try {
            Path dir = Files.createTempDirectory("appaloft-test-key");
            Path file = dir.resolve("key");
            run("ssh-keygen", "-q", "-t", "dsa", "-N", "", "-C", "test", "-m",
                    format == Format.OPENSSH ? "RFC4716" : format.name(), "-f", file.toString());
            String key = Files.readString(file);
            Files.delete(file);
            Files.delete(dir.resolve("key.pub"));
            Files.delete(dir);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Key sshKeygen(Path dir, SshKeyType type, Format format, String passphrase) throws IOException {
        if (type == SshKeyType.ED25519 && format == Format.PEM) {
            throw new IllegalArgumentException("ed25519 keys have no traditional PEM form; use PKCS8");
        }
        Path file = dir.resolve("key");
        List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type.name().toLowerCase(Locale.ROOT),
                "-N", passphrase == null ? "" : passphrase, "-C", "test", "-f", file.toString()));
        if (type == SshKeyType.RSA) {
            command.addAll(List.of("-b", "2048")); // the smallest size OpenSSH recommends; keeps tests quick
        }
        if (format != Format.OPENSSH) {
            command.addAll(List.of("-m", format.name()));
        }
        run(command.toArray(String[]::new));
        String[] pub = Files.readString(dir.resolve("key.pub")).strip().split("\\s+");
        String fingerprint = run("ssh-keygen", "-l", "-E", "sha256", "-f", dir.resolve("key.pub").toString())
                .split("\\s+")[1];
        return new Key(type, format, passphrase, Files.readString(file), pub[0] + " " + pub[1], fingerprint);
    }

    private static Key opensslEd25519(Path dir, String passphrase) throws IOException {
        Path file = dir.resolve("key");
        List<String> command = new ArrayList<>(List.of("openssl", "genpkey", "-algorithm", "ed25519", "-out",
                file.toString()));
        if (passphrase != null) {
            command.addAll(List.of("-aes-256-cbc", "-pass", "pass:" + passphrase));
        }
        run(command.toArray(String[]::new));
        Path der = dir.resolve("key.der");
        List<String> pubout = new ArrayList<>(List.of("openssl", "pkey", "-in", file.toString(), "-pubout",
                "-outform", "DER", "-out", der.toString()));
        if (passphrase != null) {
            pubout.addAll(List.of("-passin", "pass:" + passphrase));
        }
        run(pubout.toArray(String[]::new));
        byte[] spki = Files.readAllBytes(der);
        byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length); // SubjectPublicKeyInfo ends in the key
        byte[] blob = sshString(sshString(new ByteArrayOutputStream(), "ssh-ed25519".getBytes(StandardCharsets.US_ASCII)),
                raw).toByteArray();
        return new Key(SshKeyType.ED25519, Format.PKCS8, passphrase, Files.readString(file),
                "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob), "SHA256:" + sha256(blob));
    }

    private static ByteArrayOutputStream sshString(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        out.writeBytes(value);
        return out;
    }

    private static String sha256(byte[] data) {
        try {
            return Base64.getEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command[0] + " failed (is it installed? scripts/test.sh installs it): "
                        + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(command[0] + " could not run (scripts/test.sh installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
