package dev.appaloft.runtime.ssh.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Key pairs made by the real {@code ssh-keygen}, in the formats users paste. */
public final class Keys {

    /** A private key's text, its public key line and the fingerprint ssh-keygen gives it. */
    public record Pair(String privateKey, String publicKey, String fingerprint) {
    }

    private Keys() {
    }

    /**
     * Makes a key pair at {@code file} (and {@code file.pub}): {@code type} is ed25519, rsa or
     * ecdsa; {@code pem} writes the private key in the PEM format instead of OpenSSH's own.
     */
    public static Pair generate(Path file, String type, String passphrase, boolean pem)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type, "-N",
                passphrase == null ? "" : passphrase, "-C", "appaloft-test", "-f", file.toString()));
        if (pem) {
            command.addAll(List.of("-m", "PEM"));
        }
        if (type.equals("rsa")) {
            command.addAll(List.of("-b", "2048"));
        }
        run(command);
        Path pub = Path.of(file + ".pub");
        return new Pair(Files.readString(file), Files.readString(pub).trim(), fingerprint(pub));
    }

    /** {@code SHA256:...} of a public key file, as {@code ssh-keygen -l} prints it. */
    public static String fingerprint(Path publicKeyFile) throws IOException, InterruptedException {
        return run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f", publicKeyFile.toString())).split("\\s+")[1];
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
