package dev.appaloft.core.deployments.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.core.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a source's root says about it: which known files are there (by the spec's detected-file
 * keys), which language family its manifest belongs to, and for Node projects the commands its
 * package.json implies. Only the root folder is looked at.
 */
final class WorkspaceManifests {

    /** Spec key by file name, in the order manifests are recognised. */
    private static final Map<String, String> FILES = new LinkedHashMap<>();
    /** Family and package manager of each manifest key (the first present wins). */
    private static final Map<String, String[]> FAMILIES = new LinkedHashMap<>();
    private static final List<String> SCRIPTS = List.of("build", "dev", "export", "generate", "preview", "serve",
            "start", "start-built");

    static {
        FILES.put("Dockerfile", "dockerfile");
        FILES.put("package.json", "package-json");
        FILES.put("package-lock.json", "package-lock");
        FILES.put("yarn.lock", "yarn-lock");
        FILES.put("pnpm-lock.yaml", "pnpm-lock");
        FILES.put("bun.lockb", "bun-lock");
        FILES.put("bun.lock", "bun-lock");
        FILES.put("requirements.txt", "requirements-txt");
        FILES.put("pyproject.toml", "pyproject-toml");
        FILES.put("poetry.lock", "poetry-lock");
        FILES.put("uv.lock", "uv-lock");
        FILES.put("go.mod", "go-mod");
        FILES.put("Cargo.toml", "cargo-toml");
        FILES.put("pom.xml", "pom-xml");
        FILES.put("build.gradle", "gradle-build");
        FILES.put("build.gradle.kts", "gradle-kotlin-build");
        FILES.put("composer.json", "composer-json");
        FILES.put("mix.exs", "mix-exs");
        FILES.put("vite.config.js", "vite-config");
        FILES.put("vite.config.ts", "vite-config");
        FAMILIES.put("package-json", new String[] {"node", "npm"});
        FAMILIES.put("pyproject-toml", new String[] {"python", "pip"});
        FAMILIES.put("requirements-txt", new String[] {"python", "pip"});
        FAMILIES.put("go-mod", new String[] {"go", "go"});
        FAMILIES.put("cargo-toml", new String[] {"rust", "cargo"});
        FAMILIES.put("pom-xml", new String[] {"java", "maven"});
        FAMILIES.put("gradle-build", new String[] {"java", "gradle"});
        FAMILIES.put("gradle-kotlin-build", new String[] {"java", "gradle"});
        FAMILIES.put("composer-json", new String[] {"php", "composer"});
        FAMILIES.put("mix-exs", new String[] {"elixir", "mix"});
    }

    private final Path root;
    private final List<String> detected = new ArrayList<>();

    WorkspaceManifests(Path root) {
        this.root = root;
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            if (Files.isRegularFile(root.resolve(file.getKey())) && !detected.contains(file.getValue())) {
                detected.add(file.getValue());
            }
        }
        if (Files.isRegularFile(root.resolve("Gemfile"))) {
            detected.add("gemfile"); // no spec key: kept out of detectedFiles(), used for the family
        }
    }

    List<String> detectedFiles() {
        return detected.stream().filter(k -> !k.equals("gemfile")).toList();
    }

    boolean has(String key) {
        return detected.contains(key);
    }

    /** The manifest that names the language, e.g. {@code package.json}, or null. */
    String manifest() {
        for (String key : FAMILIES.keySet()) {
            if (has(key)) {
                return FILES.entrySet().stream().filter(e -> e.getValue().equals(key)).findFirst().orElseThrow().getKey();
            }
        }
        return has("gemfile") ? "Gemfile" : null;
    }

    String runtimeFamily() {
        for (Map.Entry<String, String[]> family : FAMILIES.entrySet()) {
            if (has(family.getKey())) {
                return family.getValue()[0];
            }
        }
        return has("gemfile") ? "ruby" : null;
    }

    String packageManager() {
        if (has("package-json")) {
            return has("yarn-lock") ? "yarn" : has("pnpm-lock") ? "pnpm" : has("bun-lock") ? "bun" : "npm";
        }
        if (has("pyproject-toml")) {
            return has("poetry-lock") ? "poetry" : has("uv-lock") ? "uv" : "pip";
        }
        for (Map.Entry<String, String[]> family : FAMILIES.entrySet()) {
            if (has(family.getKey())) {
                return family.getValue()[1];
            }
        }
        return null;
    }

    /** package.json scripts that the spec knows by name. */
    List<String> scripts() {
        JsonNode scripts = packageJson().path("scripts");
        return SCRIPTS.stream().filter(scripts::has).toList();
    }

    /** The install command a Node project implies (its lock file decides the tool), or null. */
    String nodeInstall() {
        if (!has("package-json")) {
            return null;
        }
        return switch (packageManager()) {
            case "yarn" -> "yarn install --frozen-lockfile";
            case "pnpm" -> "pnpm install --frozen-lockfile";
            case "bun" -> "bun install";
            default -> has("package-lock") ? "npm ci" : "npm install";
        };
    }

    /** {@code <tool> run <script>} when package.json has that script, else null. */
    String nodeScript(String script) {
        if (!has("package-json") || !scripts().contains(script)) {
            return null;
        }
        return packageManager() + " run " + script;
    }

    private JsonNode packageJson() {
        try {
            return Json.mapper().readTree(Files.readString(root.resolve("package.json")));
        } catch (IOException | RuntimeException unreadable) {
            return Json.mapper().createObjectNode();
        }
    }
}
