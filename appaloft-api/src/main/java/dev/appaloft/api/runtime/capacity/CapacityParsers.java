package dev.appaloft.api.runtime.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@link HostFactsScript} prints: POSIX {@code df -P} lines (the file system name and
 * the mount point may hold spaces, so a line is read from its fixed numeric middle), Linux
 * {@code /proc/meminfo} and {@code /proc/loadavg}, and the docker CLI's {@code system df} JSON
 * lines with their human-readable sizes. Unreadable input gives nothing (or nulls), never an
 * exception: a reading reports what it could.
 */
public final class CapacityParsers {

    private static final ObjectMapper JSON = new ObjectMapper();
    // <filesystem> <total> <used> <available|free> <use%> <mount>: the numbers anchor the line
    private static final Pattern DF_LINE = Pattern.compile("^(.*?)\\s+(\\d+|-)\\s+(\\d+|-)\\s+(\\d+|-)\\s+(\\d+%|-)\\s+(/.*)$");
    private static final Pattern MEMINFO_LINE = Pattern.compile("^(\\w+(?:\\(\\w+\\))?):\\s+(\\d+)(?:\\s+kB)?\\s*$");
    private static final Pattern HUMAN_SIZE = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*([A-Za-z]*)\\s*$");

    private CapacityParsers() {
    }

    /** The script's output cut into its sections, by name, in order; text outside a section is dropped. */
    public static Map<String, String> sections(String output) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines(output)) {
            if (line.startsWith(HostFactsScript.MARK + "section ")) {
                if (current != null) {
                    sections.put(current, body.toString());
                }
                current = line.substring((HostFactsScript.MARK + "section ").length()).strip();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, body.toString());
        }
        return sections;
    }

    /** The exit status a section recorded ({@code @@status N}), if any. */
    public static OptionalLong status(String section) {
        for (String line : lines(section)) {
            if (line.startsWith(HostFactsScript.MARK + "status ")) {
                try {
                    return OptionalLong.of(Long.parseLong(line.substring(9).strip()));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    /** A section's lines that are neither markers nor blank. */
    public static List<String> content(String section) {
        return lines(section).stream().filter(l -> !l.startsWith(HostFactsScript.MARK) && !l.isBlank()).toList();
    }

    /**
     * {@code df -P -k} output, one {@code @@path <p>} marker before each path's line; one entry per
     * file system (the first path that showed it names it), in the order the paths came.
     */
    public static List<DiskUsage> disks(String section) {
        List<DiskUsage> disks = new ArrayList<>();
        Set<String> mounts = new LinkedHashSet<>();
        for (PathLine line : pathLines(section)) {
            Matcher m = DF_LINE.matcher(line.text());
            if (!m.matches() || !mounts.add(m.group(6))) {
                continue;
            }
            long used = number(m.group(3)) * 1024;
            long available = number(m.group(4)) * 1024;
            long size = number(m.group(2)) * 1024;
            disks.add(new DiskUsage(line.path(), m.group(6), size, used, available,
                    percent(m.group(5), used, used + available)));
        }
        return disks;
    }

    /** {@code df -P -i} output, as {@link #disks}. */
    public static List<InodeUsage> inodes(String section) {
        List<InodeUsage> inodes = new ArrayList<>();
        Set<String> mounts = new LinkedHashSet<>();
        for (PathLine line : pathLines(section)) {
            Matcher m = DF_LINE.matcher(line.text());
            if (!m.matches() || !mounts.add(m.group(6))) {
                continue;
            }
            long used = number(m.group(3));
            long free = number(m.group(4));
            inodes.add(new InodeUsage(line.path(), m.group(6), used, free, percent(m.group(5), used, used + free)));
        }
        return inodes;
    }

    /** {@code /proc/meminfo}: MemTotal and MemAvailable (or, on old kernels, free + buffers + cached). */
    public static MemoryUsage memory(String meminfo) {
        Map<String, Long> kb = new LinkedHashMap<>();
        for (String line : lines(meminfo)) {
            Matcher m = MEMINFO_LINE.matcher(line.strip());
            if (m.matches()) {
                try {
                    kb.putIfAbsent(m.group(1), Long.parseLong(m.group(2)));
                } catch (NumberFormatException ignored) {
                    // a value beyond a long is no reading
                }
            }
        }
        Long total = kb.get("MemTotal");
        Long available = kb.get("MemAvailable");
        if (available == null && kb.containsKey("MemFree")) {
            available = kb.get("MemFree") + kb.getOrDefault("Buffers", 0L) + kb.getOrDefault("Cached", 0L);
        }
        return new MemoryUsage(total == null ? null : total * 1024, available == null ? null : available * 1024);
    }

    /** {@code nproc} and {@code /proc/loadavg} ("0.52 0.58 0.59 1/467 12345"). */
    public static CpuUsage cpu(String nproc, String loadavg) {
        Integer cores = null;
        List<String> n = content(nproc);
        if (!n.isEmpty()) {
            try {
                int parsed = Integer.parseInt(n.get(0).strip());
                cores = parsed > 0 ? parsed : null;
            } catch (NumberFormatException ignored) {
                // no reading
            }
        }
        Double[] load = new Double[3];
        List<String> l = content(loadavg);
        if (!l.isEmpty()) {
            String[] parts = l.get(0).strip().split("\\s+");
            for (int i = 0; i < 3 && i < parts.length; i++) {
                try {
                    double value = Double.parseDouble(parts[i]);
                    load[i] = Double.isFinite(value) && value >= 0 ? value : null;
                } catch (NumberFormatException ignored) {
                    load[i] = null;
                }
            }
        }
        return new CpuUsage(cores, load[0], load[1], load[2]);
    }

    /** The totals of {@code docker system df --format '{{json .}}'}, one JSON object per line. */
    public static SystemDf systemDf(String section) {
        SystemDf df = SystemDf.EMPTY;
        for (String line : content(section)) {
            JsonNode row;
            try {
                row = JSON.readTree(line);
            } catch (java.io.IOException e) {
                continue;
            }
            if (row == null || !row.isObject()) {
                continue;
            }
            String type = row.path("Type").asText("").toLowerCase(Locale.ROOT);
            long size = size(row.path("Size").asText("0"));
            long reclaimable = size(reclaimablePart(row.path("Reclaimable").asText("0")));
            int count = (int) Math.min(Integer.MAX_VALUE, number(row.path("TotalCount").asText("0")));
            df = switch (type) {
                case "images" -> new SystemDf(size, reclaimable, df.buildCacheBytes(), df.reclaimableBuildCacheBytes(),
                        df.containersBytes(), df.volumesBytes(), count, df.containerCount(), df.volumeCount());
                case "containers" -> new SystemDf(df.imagesBytes(), df.reclaimableImagesBytes(), df.buildCacheBytes(),
                        df.reclaimableBuildCacheBytes(), size, df.volumesBytes(), df.imageCount(), count, df.volumeCount());
                case "local volumes", "volumes" -> new SystemDf(df.imagesBytes(), df.reclaimableImagesBytes(),
                        df.buildCacheBytes(), df.reclaimableBuildCacheBytes(), df.containersBytes(), size, df.imageCount(),
                        df.containerCount(), count);
                case "build cache" -> new SystemDf(df.imagesBytes(), df.reclaimableImagesBytes(), size, reclaimable,
                        df.containersBytes(), df.volumesBytes(), df.imageCount(), df.containerCount(), df.volumeCount());
                default -> df;
            };
        }
        return df;
    }

    /** The totals of {@code docker system df}, in bytes. */
    public record SystemDf(long imagesBytes, long reclaimableImagesBytes, long buildCacheBytes,
                           long reclaimableBuildCacheBytes, long containersBytes, long volumesBytes, int imageCount,
                           int containerCount, int volumeCount) {

        public static final SystemDf EMPTY = new SystemDf(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * A size as docker prints it: decimal units ({@code 1.983MB}, {@code 0B}, {@code 12kB}) or
     * binary ones ({@code 1.5GiB}); 0 when unreadable.
     */
    public static long size(String text) {
        Matcher m = HUMAN_SIZE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return 0;
        }
        double value;
        try {
            value = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            return 0;
        }
        double factor = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "b" -> 1;
            case "k", "kb" -> 1e3;
            case "m", "mb" -> 1e6;
            case "g", "gb" -> 1e9;
            case "t", "tb" -> 1e12;
            case "p", "pb" -> 1e15;
            case "kib" -> 1024d;
            case "mib" -> 1024d * 1024;
            case "gib" -> 1024d * 1024 * 1024;
            case "tib" -> 1024d * 1024 * 1024 * 1024;
            case "pib" -> 1024d * 1024 * 1024 * 1024 * 1024;
            default -> -1;
        };
        if (factor < 0) {
            return 0;
        }
        double bytes = value * factor;
        return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(bytes);
    }

    // "1.2GB (50%)": the size before the share
    private static String reclaimablePart(String text) {
        int paren = text.indexOf('(');
        return paren < 0 ? text : text.substring(0, paren);
    }

    private record PathLine(String path, String text) {
    }

    private static List<PathLine> pathLines(String section) {
        List<PathLine> out = new ArrayList<>();
        String path = null;
        for (String line : lines(section)) {
            if (line.startsWith(HostFactsScript.MARK + "path ")) {
                path = line.substring((HostFactsScript.MARK + "path ").length());
            } else if (path != null && !line.isBlank()) {
                out.add(new PathLine(path, line.strip()));
                path = null;
            }
        }
        return out;
    }

    private static double percent(String column, long part, long whole) {
        if (column.endsWith("%")) {
            return Double.parseDouble(column.substring(0, column.length() - 1));
        }
        // df's own rule: the share of what is usable, rounded up
        return whole <= 0 ? 0 : Math.ceil(part * 100.0 / whole);
    }

    private static long number(String text) {
        try {
            return text == null || text.equals("-") ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.replace("\r", "").split("\n"));
    }
}
