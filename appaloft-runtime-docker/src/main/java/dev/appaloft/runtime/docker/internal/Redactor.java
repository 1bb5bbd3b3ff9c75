package dev.appaloft.runtime.docker.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Replaces known secret values (environment values) in text before it becomes an exception
 * message. The engine has no reason to echo them, but a message is cheap to scrub and a leak is not.
 */
public final class Redactor {
  public static final String MASK = "***";
  public static final Redactor NONE = new Redactor(List.of());

  private final List<String> secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  /** Empty values are ignored; longer values are replaced first so a prefix never half-masks one. */
  public static Redactor of(Collection<String> secrets) {
    List<String> sorted =
        secrets.stream()
            .filter(Objects::nonNull)
            .filter(s -> !s.isEmpty())
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    return sorted.isEmpty() ? NONE : new Redactor(sorted);
  }

  public String apply(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out;
  }
}
