package dev.appaloft.core.projects;

import dev.appaloft.api.projects.ProjectDeleteCheck.Blocker;
import dev.appaloft.api.store.StoreReader;
import java.util.List;

/**
 * Something that keeps a project from being deleted. Each capability that owns project children
 * (environments, later resources, deployments, ...) contributes one, so delete-check grows with
 * the product without the projects slice knowing every child.
 */
public interface DeleteBlockerSource {

    List<Blocker> blockers(StoreReader reader, Project project);
}
