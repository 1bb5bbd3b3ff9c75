package dev.appaloft.core.work;

import dev.appaloft.api.store.StoreReader;
import dev.appaloft.api.store.work.WorkItem;
import java.util.Map;

/**
 * What a kind of work adds to {@code operatorWork.show}'s {@code safeDetails} about one item (for
 * example the counts of a housekeeping run): flat string, number or boolean values, never a secret.
 */
@FunctionalInterface
public interface WorkDetails {

    Map<String, Object> of(StoreReader reader, WorkItem item);
}
