package dev.appaloft.api;

import static dev.appaloft.api.catalog.ResourceOperations.*;

import dev.appaloft.api.logarchives.*;

/** {@code resources.archiveLogs} and {@code resources.logArchives.*}: runtime logs kept after the instance is gone. */
public final class RuntimeLogArchivesApi {

    private final OperationExecutor executor;

    public RuntimeLogArchivesApi(OperationExecutor executor) {
        this.executor = executor;
    }

    public RuntimeLogsArchived archive(ArchiveRuntimeLogsInput input) {
        return executor.execute(RESOURCES_ARCHIVE_LOGS, input);
    }

    public RuntimeLogArchiveList list(ListRuntimeLogArchivesInput input) {
        return executor.execute(RESOURCES_LOG_ARCHIVES_LIST, input);
    }

    public RuntimeLogArchiveShown show(String archiveId) {
        return executor.execute(RESOURCES_LOG_ARCHIVES_SHOW, new ShowRuntimeLogArchiveInput(archiveId));
    }

    public RuntimeLogArchivesPruned prune(PruneRuntimeLogArchivesInput input) {
        return executor.execute(RESOURCES_LOG_ARCHIVES_PRUNE, input);
    }
}
