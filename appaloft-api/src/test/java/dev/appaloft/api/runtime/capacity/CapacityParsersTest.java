package dev.appaloft.api.runtime.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The parsers of what {@link HostFactsScript} prints, on real outputs and on generated ones. */
class CapacityParsersTest {

    @Test
    void readsDfAsGnuAndBusyboxPrintIt() {
        String section = """
                @@path /
                /dev/vda         264212084 23621884  82769028      23% /
                @@path /var/lib/docker
                /dev/vda         264212084 23621884  82769028      23% /var/lib/docker
                @@path /missing
                @@path /srv
                //nas/share with space 1000 400 600 40% /mnt/my share
                """;
        List<DiskUsage> disks = CapacityParsers.disks(section);
        assertThat(disks).extracting(DiskUsage::path).containsExactly("/", "/var/lib/docker", "/srv");
        assertThat(disks.get(0).sizeBytes()).isEqualTo(264212084L * 1024);
        assertThat(disks.get(0).availableBytes()).isEqualTo(82769028L * 1024);
        assertThat(disks.get(0).usePercent()).isEqualTo(23.0);
        assertThat(disks.get(2).mount()).isEqualTo("/mnt/my share");
    }

    @Test
    void oneEntryPerFileSystemAndInodesWithoutATable() {
        String section = "@@path /\n/dev/vda 100 40 60 40% /\n@@path /tmp\n/dev/vda 100 40 60 40% /\n"
                + "@@path /data\nbtrfs 0 0 0 - /data\n";
        assertThat(CapacityParsers.inodes(section)).extracting(InodeUsage::path).containsExactly("/", "/data");
        assertThat(CapacityParsers.inodes(section).get(1).usePercent()).isZero();
    }

    @Test
    void readsMeminfoAndFallsBackWithoutMemAvailable() {
        MemoryUsage m = CapacityParsers.memory("MemTotal:       24683772 kB\nMemFree: 100 kB\nMemAvailable:   24024860 kB\n");
        assertThat(m.totalBytes()).isEqualTo(24683772L * 1024);
        assertThat(m.availableBytes()).isEqualTo(24024860L * 1024);
        assertThat(m.usedBytes()).isEqualTo((24683772L - 24024860L) * 1024);
        assertThat(m.usePercent()).isEqualTo(2.7);
        MemoryUsage old = CapacityParsers.memory("MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 150 kB\n");
        assertThat(old.availableBytes()).isEqualTo(300L * 1024);
        assertThat(CapacityParsers.memory("garbage")).isEqualTo(MemoryUsage.UNKNOWN);
    }

    @Test
    void readsCoresAndLoad() {
        CpuUsage cpu = CapacityParsers.cpu("2\n", "0.24 0.05 0.40 1/186 15512\n");
        assertThat(cpu).isEqualTo(new CpuUsage(2, 0.24, 0.05, 0.40));
        assertThat(CapacityParsers.cpu("", "nope")).isEqualTo(CpuUsage.UNKNOWN);
    }

    @Test
    void readsDockerSystemDfLines() {
        String section = """
                {"Active":"1","Reclaimable":"1.983MB (100%)","Size":"1.983MB","TotalCount":"12","Type":"Images"}
                {"Active":"0","Reclaimable":"0B","Size":"12kB","TotalCount":"4","Type":"Containers"}
                {"Active":"0","Reclaimable":"0B","Size":"1.5GB","TotalCount":"2","Type":"Local Volumes"}
                {"Active":"0","Reclaimable":"100MB","Size":"250MB","TotalCount":"7","Type":"Build Cache"}
                @@status 0
                """;
        CapacityParsers.SystemDf df = CapacityParsers.systemDf(section);
        assertThat(df).isEqualTo(new CapacityParsers.SystemDf(1_983_000, 1_983_000, 250_000_000, 100_000_000, 12_000,
                1_500_000_000, 12, 4, 2));
        assertThat(CapacityParsers.status(section)).hasValue(0);
    }

    @Test
    void sizesInDecimalAndBinaryUnits() {
        assertThat(CapacityParsers.size("0B")).isZero();
        assertThat(CapacityParsers.size("1.983MB")).isEqualTo(1_983_000);
        assertThat(CapacityParsers.size("1.5GiB")).isEqualTo(1_610_612_736L);
        assertThat(CapacityParsers.size("12kB")).isEqualTo(12_000);
        assertThat(CapacityParsers.size("what")).isZero();
        assertThat(CapacityParsers.size("3XB")).isZero();
    }

    @Test
    void aReadingSaysWhatItCouldNotRead() {
        HostCapacity partial = HostFacts.read("@@section docker-version\n@@status 127\n@@section df\n"
                + "@@path /\n/dev/vda 100 40 60 40% /\n", null, false);
        assertThat(partial.engine()).isNull();
        assertThat(partial.disks()).hasSize(1);
        assertThat(partial.problems()).extracting(CapacityProblem::kind).contains(CapacityProblem.Kind.TIMEOUT,
                CapacityProblem.Kind.DOCKER_UNAVAILABLE, CapacityProblem.Kind.PARTIAL_DIAGNOSTIC);
        assertThat(partial.problems()).extracting(CapacityProblem::message)
                .anyMatch(m -> m.contains("not installed"));
    }

    // properties: what df, meminfo and docker print, generated, reads back as it was

    @Property
    void anyDfLineReadsBack(@ForAll("names") String filesystem, @ForAll("mounts") String mount,
                            @ForAll @LongRange(max = 1L << 40) long used, @ForAll @LongRange(max = 1L << 40) long available,
                            @ForAll @LongRange(min = 0, max = 100) long percent) {
        long size = used + available;
        String section = "@@path /given\n" + filesystem + " " + size + " " + used + " " + available + " " + percent + "% "
                + mount + "\n";
        List<DiskUsage> disks = CapacityParsers.disks(section);
        assertThat(disks).containsExactly(new DiskUsage("/given", mount, size * 1024, used * 1024, available * 1024,
                percent));
    }

    @Property
    void sectionsRoundTrip(@ForAll("bodies") List<String> bodies) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bodies.size(); i++) {
            out.append("@@section s").append(i).append('\n').append(bodies.get(i));
        }
        var sections = CapacityParsers.sections(out.toString());
        assertThat(sections).hasSize(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            assertThat(sections.get("s" + i)).isEqualTo(bodies.get(i));
        }
    }

    @Property
    void dockerHumanSizesReadBackWithinTheirPrecision(@ForAll @LongRange(min = 0, max = 1L << 50) long bytes) {
        // docker's units.HumanSize: four significant digits, decimal units
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String printed = String.format(Locale.ROOT, "%.4g", value).replaceAll("\\.?0+$", "") + units[unit];
        if (printed.contains("e")) {
            return; // %g switches to exponents only past 9999 of the top unit
        }
        assertThat((double) CapacityParsers.size(printed)).isCloseTo(bytes, within(Math.max(1, bytes * 0.0006)));
    }

    @Property
    void meminfoReadsBack(@ForAll @LongRange(min = 1, max = 1L << 40) long total, @ForAll @LongRange(max = 1L << 40) long free) {
        long available = Math.min(total, free);
        MemoryUsage m = CapacityParsers.memory("MemTotal: " + total + " kB\nMemAvailable: " + available + " kB\n");
        assertThat(m.totalBytes()).isEqualTo(total * 1024);
        assertThat(m.usedBytes()).isEqualTo((total - available) * 1024);
        assertThat(m.usePercent()).isBetween(0.0, 100.0);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz/:.-_ 0123456789").ofMinLength(1).ofMaxLength(30)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<String> mounts() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz/._- ").ofMaxLength(30)
                .map(s -> ("/" + s).strip());
    }

    @Provide
    Arbitrary<List<String>> bodies() {
        Arbitrary<String> line = Arbitraries.strings().withChars("abcdefghij {}\":%/0123456789@").ofMaxLength(40)
                .filter(s -> !s.isBlank() && !s.startsWith("@@section ")); // blank lines carry nothing
        return line.list().ofMaxSize(5).map(lines -> lines.isEmpty() ? "" : String.join("\n", lines) + "\n")
                .list().ofMaxSize(6);
    }
}
