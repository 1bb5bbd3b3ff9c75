package dev.appaloft.runtime.docker.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The engine's label filter syntax: {@code key=value}, or {@code key} alone to match any value. */
public final class LabelFilter {
  private LabelFilter() {}

  public static List<String> of(Map<String, String> labels) {
    List<String> filter = new ArrayList<>(labels.size());
    labels.forEach((k, v) -> filter.add(v == null || v.isEmpty() ? k : k + "=" + v));
    return filter;
  }
}
