package db.migration.appaloft;

import static dev.appaloft.api.store.IndexField.text;

import dev.appaloft.store.jdbc.migrations.DocumentTableMigration;

/** The {@code storage_attachments} document table: which resource mounts which storage volume where. */
public class V51__storage_attachments extends DocumentTableMigration {

    public V51__storage_attachments() {
        super("storage_attachments", text("organization_id"), text("resource_id"), text("storage_volume_id"));
    }
}
