package dev.appaloft.core.resources;

import com.google.common.hash.Hashing;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.core.internal.Validation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rules for where code comes from: paths stay inside the source, git refs are plain names, a
 * GitHub "tree" URL is split into repository, ref and folder by the user, and nothing that looks
 * like a credential is ever shown back.
 */
public final class SourceRules {

    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._@+/-]+");
    private static final Pattern GIT_REF = Pattern.compile("[A-Za-z0-9._/@+-]+");
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(token|secret|password|passwd|credential|private|deploy-key|api[-_]?key).*");
    static final String MASK = "****";

    private SourceRules() {
    }

    static boolean isSafeRelativePath(String path) {
        return !path.startsWith("/") && SAFE_PATH.matcher(path).matches()
                && !List.of(path.split("/")).contains("..") && !path.contains("://");
    }

    /** The binding as stored: checked, with display name, image parts and fingerprint filled in. */
    static SourceBinding normalize(Validation v, String field, SourceBinding in) {
        if (in == null) {
            return null;
        }
        v.required(field + ".kind", in.kind());
        String locator = in.locator() == null ? null : in.locator().strip();
        v.check(locator != null && !locator.isEmpty(), List.of(field, "locator"), "locator is required");
        if (locator == null || in.kind() == null) {
            return null;
        }
        v.check(!locator.matches("(?i)https?://github\\.com/[^/]+/[^/]+/tree/.*"), List.of(field, "locator"),
                "a GitHub tree URL is not a repository: give the repository URL, gitRef and baseDirectory");
        String baseDirectory = in.baseDirectory() == null ? null : stripDots(in.baseDirectory());
        if (baseDirectory != null) {
            v.check(isSafeRelativePath(baseDirectory), List.of(field, "baseDirectory"),
                    "baseDirectory must be a relative folder inside the source, without '..' or special characters");
        }
        if (in.gitRef() != null) {
            v.check(GIT_REF.matcher(in.gitRef()).matches() && !in.gitRef().contains("..") && !in.gitRef().startsWith("-"),
                    List.of(field, "gitRef"), "gitRef must be a branch, tag or commit name");
        }
        if (in.commitSha() != null) {
            v.check(in.commitSha().matches("[0-9a-fA-F]{7,64}"), List.of(field, "commitSha"), "commitSha must be hex");
        }
        String imageName = in.imageName();
        String imageTag = in.imageTag();
        if (in.kind() == SourceBinding.Kind.DOCKER_IMAGE && imageName == null) {
            int at = locator.indexOf('@');
            String ref = at >= 0 ? locator.substring(0, at) : locator;
            int colon = ref.lastIndexOf(':');
            boolean hasTag = colon > ref.lastIndexOf('/');
            imageName = hasTag ? ref.substring(0, colon) : ref;
            imageTag = imageTag != null ? imageTag : hasTag ? ref.substring(colon + 1) : (at >= 0 ? null : "latest");
        }
        String displayName = in.displayName() != null ? in.displayName() : displayName(in.kind(), locator);
        SourceBinding draft = new SourceBinding(in.kind(), locator, displayName, null, in.gitRef(), in.commitSha(),
                baseDirectory, in.originalLocator(), in.repositoryId(), in.repositoryFullName(), in.defaultBranch(),
                imageName, imageTag, in.imageDigest(), in.metadata());
        return withFingerprint(draft);
    }

    /**
     * A pull request's preview of a git binding: the head repository (a fork's, or the same), its
     * branch and the pinned head commit; the display name and fingerprint follow the new locator.
     */
    public static SourceBinding previewOf(SourceBinding base, String locator, String gitRef, String commitSha) {
        Validation v = new Validation();
        SourceBinding preview = normalize(v, "source", new SourceBinding(base.kind(), locator, null, null, gitRef,
                commitSha, base.baseDirectory(), null, null, null, null, null, null, null, base.metadata()));
        v.throwIfInvalid();
        return preview;
    }

    /** What reads show: credentials in URLs and secret-looking metadata are masked. */
    public static SourceBinding forDisplay(SourceBinding s) {
        Map<String, Object> metadata = null;
        if (s.metadata() != null) {
            metadata = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : s.metadata().entrySet()) {
                metadata.put(e.getKey(), SECRET_KEY.matcher(e.getKey()).matches() ? MASK : e.getValue());
            }
        }
        return new SourceBinding(s.kind(), maskUserInfo(s.locator()), maskUserInfo(s.displayName()),
                s.sourceBindingFingerprint(), s.gitRef(), s.commitSha(), s.baseDirectory(),
                s.originalLocator() == null ? null : maskUserInfo(s.originalLocator()), s.repositoryId(),
                s.repositoryFullName(), s.defaultBranch(), s.imageName(), s.imageTag(), s.imageDigest(), metadata);
    }

    public static String maskUserInfo(String locator) {
        if (locator == null || !locator.contains("@") || !locator.contains("://")) {
            return locator;
        }
        try {
            URI uri = URI.create(locator);
            String userInfo = uri.getRawUserInfo();
            if (userInfo == null) {
                return locator;
            }
            int colon = userInfo.indexOf(':');
            String shown = colon >= 0 ? userInfo.substring(0, colon) + ":" + MASK : MASK;
            return locator.replace(userInfo + "@", shown + "@");
        } catch (IllegalArgumentException notAUri) {
            return locator;
        }
    }

    private static SourceBinding withFingerprint(SourceBinding s) {
        String canonical = String.join("\n", s.kind().name(), s.locator(), String.valueOf(s.gitRef()),
                String.valueOf(s.baseDirectory()), String.valueOf(s.imageName()), String.valueOf(s.imageTag()),
                String.valueOf(s.imageDigest()));
        String fingerprint = "sha256:" + Hashing.sha256().hashString(canonical, StandardCharsets.UTF_8);
        return new SourceBinding(s.kind(), s.locator(), s.displayName(), fingerprint, s.gitRef(), s.commitSha(),
                s.baseDirectory(), s.originalLocator(), s.repositoryId(), s.repositoryFullName(), s.defaultBranch(),
                s.imageName(), s.imageTag(), s.imageDigest(), s.metadata());
    }

    private static String stripDots(String path) {
        String p = path.strip();
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p.equals(".") || p.isEmpty() ? null : p;
    }

    private static String displayName(SourceBinding.Kind kind, String locator) {
        String trimmed = locator.replaceAll("/+$", "");
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (kind == SourceBinding.Kind.DOCKER_IMAGE || last.isEmpty()) {
            return maskUserInfo(locator);
        }
        return last.toLowerCase(Locale.ROOT).endsWith(".git") ? last.substring(0, last.length() - 4) : last;
    }
}
