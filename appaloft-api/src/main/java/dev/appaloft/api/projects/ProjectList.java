package dev.appaloft.api.projects;

import java.util.List;

public record ProjectList(List<ProjectView> items) {
}
