package dev.appaloft.core;

import dev.appaloft.api.store.Store;
import dev.appaloft.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.core.identity.Passwords;
import dev.appaloft.core.identity.SignedIn;
import dev.appaloft.core.secrets.AesGcmSecretBox;

class SqliteIdentityTest extends IdentityScenarios {

    @TempDir
    Path dir;

    @Override
    protected Store openStore() {
        return JdbcStore.sqlite(dir.resolve("appaloft.db"), Clock.systemUTC());
    }

    /** Another control-plane process on the same database stops honouring a revoked session within seconds. */
    @Test
    void aRevocationReachesAnotherProcessWithinSeconds() throws InterruptedException {
        SignedIn owner = owner();
        try (AppaloftEngine other = AppaloftEngine.builder().store(openStore()).clock(clock)
                .secretBox(AesGcmSecretBox.withKey("test", new byte[32])).passwords(new Passwords(64, 1, 1)).build()) {
            assertThat(other.authentication().authenticate(owner.token()).id()).isEqualTo(owner.session().userId());
            engine.authentication().signOut(owner.token(), FROM);
            long started = System.nanoTime();
            while (true) {
                try {
                    other.authentication().authenticate(owner.token());
                } catch (AppaloftException revoked) {
                    break;
                }
                assertThat(System.nanoTime() - started).as("revoked within the cache's lifetime")
                        .isLessThan(dev.appaloft.core.identity.Authentication.CACHE_TTL.plusSeconds(2).toNanos());
                Thread.sleep(100);
            }
        }
    }
}
