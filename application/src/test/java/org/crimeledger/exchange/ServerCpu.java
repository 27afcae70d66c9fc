package org.crimeledger.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by a local PostgreSQL server (the postmaster, its live children and the children it has reaped),
 * read from Linux's {@code /proc}: the server's share of a benchmark's work, which on a shared machine moves far
 * less with the load than wall time does. For the benchmarks only.
 */
final class ServerCpu {

    /** Clock ticks a second in {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private final long postmaster;

    private ServerCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The server whose data directory is given, by the pid in its {@code postmaster.pid}; null where there is no /proc. */
    static ServerCpu of(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isDirectory(Path.of("/proc")) || !Files.exists(pidFile)) {
            return null;
        }
        return new ServerCpu(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
    }

    /** CPU-seconds used so far by the server: the postmaster, its live children and those it has reaped. */
    double seconds() throws IOException {
        long[] own = stat(postmaster);
        long ticks = own[0] + own[1] + own[2] + own[3];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long[] child = stat(Long.parseLong(name));
                if (child != null && child[4] == postmaster) {
                    ticks += child[0] + child[1];
                }
            }
        }
        return ticks / TICKS;
    }

    /** utime, stime, cutime, cstime and the parent's pid of a process, or null when it has gone. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                    Long.parseLong(fields[14]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
