package dev.appaloft.api.system;

import java.util.List;

/** {@code plugins.list}. */
public record PluginList(List<Plugin> items) {
}
