package dev.appaloft.core.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.projects.ProjectLifecycleStatus;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Random command sequences on a project: the lifecycle only moves along its allowed edges. */
class ProjectLifecyclePropertiesTest {

    enum Command { ARCHIVE, RESTORE, DELETE, RENAME, DESCRIBE }

    @Property
    void onlyAllowedMovesAndDeletedIsFinal(@ForAll @Size(max = 30) List<Command> commands) {
        Project project = Project.create("prj_1", "org", "shop", null, Instant.EPOCH);
        int n = 0;
        for (Command command : commands) {
            Project before = project;
            ProjectLifecycleStatus target = switch (command) {
                case ARCHIVE -> ProjectLifecycleStatus.ARCHIVED;
                case RESTORE -> ProjectLifecycleStatus.ACTIVE;
                case DELETE -> ProjectLifecycleStatus.DELETED;
                default -> null;
            };
            if (target != null && !before.lifecycleStatus().canBecome(target)) {
                Project unchanged = before;
                assertThatThrownBy(() -> move(unchanged, target)).isInstanceOf(IllegalStateException.class);
                continue;
            }
            if (target != null) {
                project = move(before, target);
                assertThat(project.lifecycleStatus()).isEqualTo(target);
            } else {
                try {
                    project = command == Command.RENAME ? before.rename("name " + n) : before.describe("d" + n);
                    assertThat(before.lifecycleStatus()).isEqualTo(ProjectLifecycleStatus.ACTIVE);
                } catch (AppaloftException refused) {
                    assertThat(refused.code().code()).isEqualTo("project_archived");
                    assertThat(before.lifecycleStatus()).isNotEqualTo(ProjectLifecycleStatus.ACTIVE);
                }
            }
            assertThat(project.isArchived()).isEqualTo(project.lifecycleStatus() == ProjectLifecycleStatus.ARCHIVED);
            assertThat(project.deletedAt() != null).isEqualTo(project.lifecycleStatus() == ProjectLifecycleStatus.DELETED);
            n++;
        }
    }

    private static Project move(Project project, ProjectLifecycleStatus target) {
        return switch (target) {
            case ARCHIVED -> project.archive(null, Instant.EPOCH);
            case ACTIVE -> project.restore();
            case DELETED -> project.delete(Instant.EPOCH);
        };
    }
}
