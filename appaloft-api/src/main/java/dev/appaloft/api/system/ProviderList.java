package dev.appaloft.api.system;

import java.util.List;

/** {@code providers.list}. */
public record ProviderList(List<Provider> items) {
}
