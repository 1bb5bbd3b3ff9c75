package dev.appaloft.api.environments;

import java.util.List;

public record EnvironmentList(List<EnvironmentView> items) {
}
