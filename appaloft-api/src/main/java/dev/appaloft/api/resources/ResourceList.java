package dev.appaloft.api.resources;

import java.util.List;

public record ResourceList(List<ResourceSummary> items) {
}
