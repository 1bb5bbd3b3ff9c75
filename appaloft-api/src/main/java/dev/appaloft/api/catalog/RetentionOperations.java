package dev.appaloft.api.catalog;

import dev.appaloft.api.common.IdOutput;
import dev.appaloft.api.retention.*;

/** The catalog's retention area ({@code retentionDefaults.*}). Part of {@link AppaloftOperations#ALL}. */
public final class RetentionOperations {

    private static final Api API = Api.APPALOFT;

    public static final Operation<ConfigureRetentionDefaultInput, IdOutput> RETENTION_DEFAULTS_CONFIGURE =
            Operation.of(API, "retentionDefaults.configure", OperationKind.COMMAND, HttpMethod.POST,
                    "/retention-defaults", 200, ConfigureRetentionDefaultInput.class, IdOutput.class);
    public static final Operation<ListRetentionDefaultsInput, RetentionDefaultList> RETENTION_DEFAULTS_LIST =
            Operation.of(API, "retentionDefaults.list", OperationKind.QUERY, HttpMethod.GET, "/retention-defaults", 200,
                    ListRetentionDefaultsInput.class, RetentionDefaultList.class);
    public static final Operation<ShowRetentionDefaultInput, RetentionDefaultShown> RETENTION_DEFAULTS_SHOW =
            Operation.of(API, "retentionDefaults.show", OperationKind.QUERY, HttpMethod.GET,
                    "/retention-defaults/{category}", 200, ShowRetentionDefaultInput.class, RetentionDefaultShown.class);

    private RetentionOperations() {
    }
}
