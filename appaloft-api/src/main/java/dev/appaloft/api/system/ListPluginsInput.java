package dev.appaloft.api.system;

/** {@code plugins.list}: the built-in system extensions and the plugins the host application installed. */
public record ListPluginsInput() {
}
