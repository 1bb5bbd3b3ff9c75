package dev.appaloft.runtime.ssh;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The identity a server accepted: {@code source} is {@code configured-key} (the server's
 * credential), {@code agent} or {@code file}; {@code file} is the key file's path for a file.
 */
record LoggedIn(String source, String keyType, String fingerprint, String file) {

    String describe() {
        return switch (source) {
            case "agent" -> "the SSH agent's " + keyType + " key " + fingerprint;
            case "file" -> "the key file " + file + " (" + keyType + " " + fingerprint + ")";
            default -> "the configured " + keyType + " key " + fingerprint;
        };
    }

    Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("identity", source);
        if (fingerprint != null) {
            m.put("fingerprint", fingerprint);
        }
        if (file != null) {
            m.put("keyFile", file);
        }
        return m;
    }
}
