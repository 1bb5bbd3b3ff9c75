package dev.appaloft.runtime.docker.testing;

import dev.appaloft.runtime.docker.DockerEngine;
import dev.appaloft.runtime.docker.ImageBuild;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Images for tests on a machine with no registry. {@link #BUSYBOX} is imported from the
 * busybox-static binary (the same recipe as scripts/setup-docker.sh); {@link #buildHttpApp} builds a
 * tiny web app on top of it: {@code busybox httpd} serving a folder on port {@value #HTTP_PORT}.
 */
public final class BaseImages {
  public static final String BUSYBOX = "local/busybox:1";
  public static final Path BUSYBOX_BINARY = Path.of("/bin/busybox");
  /** The port the HTTP app image listens on inside the container. */
  public static final int HTTP_PORT = 8080;
  /** Commands linked to busybox in the base image. */
  public static final List<String> TOOLS = List.of("sh", "httpd", "echo", "sleep", "cat", "ls", "wget", "env");

  private BaseImages() {}

  /** Makes sure {@link #BUSYBOX} exists, importing it when missing; returns its name. */
  public static synchronized String ensureBusybox(DockerEngine engine) {
    if (engine.images().exists(BUSYBOX)) {
      return BUSYBOX;
    }
    if (!Files.isRegularFile(BUSYBOX_BINARY)) {
      throw new IllegalStateException(BUSYBOX_BINARY + " is missing: apt-get install -y busybox-static "
          + "(or run scripts/setup-docker.sh)");
    }
    engine.images().importRootfs(new ByteArrayInputStream(rootfsTar()), BUSYBOX);
    return BUSYBOX;
  }

  /**
   * Builds an image that serves {@code wwwDir} with {@code busybox httpd -f -p 8080 -h /www}.
   *
   * @return the image id
   */
  public static String buildHttpApp(DockerEngine engine, Path wwwDir, String tag, Map<String, String> labels) {
    ensureBusybox(engine);
    Path context = null;
    try {
      context = Files.createTempDirectory("appaloft-http-app");
      copyTree(wwwDir, context.resolve("www"));
      Files.writeString(context.resolve("Dockerfile"), String.join("\n",
          "FROM " + BUSYBOX,
          "COPY www /www",
          "EXPOSE " + HTTP_PORT,
          "CMD [\"busybox\", \"httpd\", \"-f\", \"-p\", \"" + HTTP_PORT + "\", \"-h\", \"/www\"]",
          ""));
      return engine.images().build(ImageBuild.of(context, tag).withLabels(labels), line -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(context);
    }
  }

  /** {@link #buildHttpApp(DockerEngine, Path, String, Map)} from file contents by relative path. */
  public static String buildHttpApp(
      DockerEngine engine, Map<String, String> files, String tag, Map<String, String> labels) {
    Path www = null;
    try {
      www = Files.createTempDirectory("appaloft-www");
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = www.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
      }
      return buildHttpApp(engine, www, tag, labels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(www);
    }
  }

  /** A root filesystem: /bin/busybox, its tool links, /etc/passwd and group, empty /tmp and /www. */
  public static byte[] rootfsTar() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      directory(tar, "bin/", 0755);
      directory(tar, "etc/", 0755);
      directory(tar, "www/", 0755);
      directory(tar, "tmp/", 01777);
      TarArchiveEntry binary = new TarArchiveEntry("bin/busybox");
      binary.setMode(0100755);
      binary.setSize(Files.size(BUSYBOX_BINARY));
      tar.putArchiveEntry(binary);
      Files.copy(BUSYBOX_BINARY, tar);
      tar.closeArchiveEntry();
      for (String tool : TOOLS) {
        TarArchiveEntry link = new TarArchiveEntry("bin/" + tool, TarArchiveEntry.LF_SYMLINK);
        link.setLinkName("busybox");
        link.setMode(0120777);
        tar.putArchiveEntry(link);
        tar.closeArchiveEntry();
      }
      file(tar, "etc/passwd", "root:x:0:0:root:/:/bin/sh\n");
      file(tar, "etc/group", "root:x:0:\n");
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void directory(TarArchiveOutputStream tar, String name, int mode) throws IOException {
    TarArchiveEntry dir = new TarArchiveEntry(name);
    dir.setMode(040000 | mode);
    tar.putArchiveEntry(dir);
    tar.closeArchiveEntry();
  }

  private static void file(TarArchiveOutputStream tar, String name, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setMode(0100644);
    entry.setSize(bytes.length);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // temp files only; leaving one behind is harmless
    }
  }
}
