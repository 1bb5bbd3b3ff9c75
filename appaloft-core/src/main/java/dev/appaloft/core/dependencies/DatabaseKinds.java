package dev.appaloft.core.dependencies;

import dev.appaloft.api.dependencies.DependencyKind;
import java.util.List;
import java.util.Map;

/**
 * How each managed kind starts in its container and when it is ready. The commands work with the
 * official images as well as with the offline ones the scripts build.
 */
final class DatabaseKinds {

    static final int REDIS_PORT = 6379;
    static final String REDIS_CONF = "/data/appaloft-redis.conf";
    static final int MYSQL_PORT = 3306;

    private DatabaseKinds() {
    }

    /** What the container is given: its environment (secrets included), command, port, data folder and readiness probe. */
    record Launch(Map<String, String> environment, List<String> command, int port, String dataPath,
                  List<String> probe) {
    }

    static Launch launch(PostgresProvisioner.Plan plan) {
        return switch (plan.kind()) {
            case POSTGRES -> new Launch(Map.of("POSTGRES_USER", plan.user(), "POSTGRES_PASSWORD", plan.password(),
                    "POSTGRES_DB", plan.database()), List.of(), PostgresProvisioner.PORT, PostgresProvisioner.DATA,
                    List.of("pg_isready", "-q", "-h", "127.0.0.1", "-p", String.valueOf(PostgresProvisioner.PORT), "-U",
                            plan.user(), "-d", plan.database()));
            // The password goes from the environment into a config file on the data volume, once (printf is
            // a shell builtin: it is never on a command line); a later rotation rewrites that file, so a
            // restart keeps the current password rather than the first one.
            case REDIS -> new Launch(Map.of("REDIS_PASSWORD", plan.password()), List.of("sh", "-c",
                    "[ -s " + REDIS_CONF + " ] || printf 'requirepass %s\\nappendonly yes\\ndir /data\\n'"
                            + " \"$REDIS_PASSWORD\" > " + REDIS_CONF + "; exec docker-entrypoint.sh redis-server "
                            + REDIS_CONF), REDIS_PORT, "/data",
                    List.of("sh", "-c", "REDISCLI_AUTH=\"$(sed -n 's/^requirepass //p' " + REDIS_CONF + ")\""
                            + " redis-cli -h 127.0.0.1 ping | grep -q PONG"));
            // root is local to the container, with a password nobody keeps: everything Appaloft runs
            // there logs in as the database's own user (see MysqlDumps)
            case MYSQL -> new Launch(Map.of("MYSQL_ROOT_PASSWORD", ProvisionDependencyHandler.password(),
                    "MYSQL_ROOT_HOST", "localhost", "MYSQL_DATABASE", plan.database(), "MYSQL_USER", plan.user(),
                    "MYSQL_PASSWORD", plan.password()), List.of(), MYSQL_PORT, "/var/lib/mysql",
                    // answers once the server listens on TCP, which both images do only after initialising
                    List.of("mysqladmin", "ping", "--silent", "-h", "127.0.0.1", "-P", String.valueOf(MYSQL_PORT)));
            default -> throw new IllegalArgumentException("not a managed kind: " + plan.kind());
        };
    }

    static int port(DependencyKind kind) {
        return switch (kind) {
            case REDIS -> REDIS_PORT;
            case MYSQL -> MYSQL_PORT;
            default -> PostgresProvisioner.PORT;
        };
    }
}
