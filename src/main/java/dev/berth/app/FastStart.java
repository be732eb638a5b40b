package dev.berth.app;

import dev.berth.core.settings.BerthHome;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Starts the GUI in a child JVM with start-up flags that {@code java -jar} cannot carry: a class-data-sharing archive
 * of the app's own classes (made on the first run, kept under {@code ~/.berth/cache/}) and the client compiler only,
 * on one thread, which together bring the window up about a second sooner on a two-core machine. On Java 25 and
 * later the archive is an ahead-of-time cache (JEP 483), which also keeps the classes linked and so starts sooner
 * still. The parent waits and passes on the child's exit code. Anything unusual (not started from a jar,
 * {@code -Dberth.fastStart=false}, a failure to start the child) runs the app in this JVM as before.
 */
public final class FastStart {
    /** Set on the child, so it does not relaunch again; carries the parent's start time for the cold-start log. */
    static final String LAUNCHED_AT = "berth.launchedAt";

    /**
     * The client compiler only, on one thread, not two: on two cores the second took a core from the threads
     * building the window. Public for the benches that measure what the app's JVM does.
     */
    public static final List<String> COMPILER_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");

    /**
     * With an ahead-of-time cache: no method profiles in it (they serve only the C2 compiler, which
     * {@code TieredStopAtLevel=1} leaves out, and replaying them at start took the one compiler thread's CPU from the
     * threads building the window), and reflection through native accessors (the default spins method-handle classes
     * the first time each constructor is called, a tenth of a second of Jackson reading the journal). Together about
     * 0.2 s of a cold start and 0.35 s of its CPU on a two-core machine. The profile flags are diagnostic ones a later
     * Java may drop, so an unknown flag is ignored rather than stopping the app from starting. And no warning that
     * JavaFX 21's renderer allocates through sun.misc.Unsafe: Java 24 and later print four lines of it on every
     * start, which the user can do nothing about.
     */
    static final List<String> AHEAD_OF_TIME_START_FLAGS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining", "-XX:-AOTReplayTraining",
            "-Djdk.reflect.useNativeAccessorOnly=true", "--sun-misc-unsafe-memory-access=allow");

    /** An archive still being made after this long was left by a first run that was killed. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path jar;
    private final Path cache;
    private final boolean aheadOfTimeCache;

    FastStart(Path jar, Path cache, boolean aheadOfTimeCache) {
        this.jar = jar;
        this.cache = cache;
        this.aheadOfTimeCache = aheadOfTimeCache;
    }

    /** Runs the app in a child JVM and returns its exit code, or empty when the app should run in this JVM. */
    public static Optional<Integer> relaunch(String[] args) {
        if (System.getProperty(LAUNCHED_AT) != null || "false".equals(System.getProperty("berth.fastStart"))) {
            return Optional.empty();
        }
        Optional<Path> jar = runningJar();
        Optional<String> java = ProcessHandle.current().info().command();
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        FastStart start = new FastStart(jar.get(), BerthHome.fromEnvironment().cache(),
                Runtime.version().feature() >= 25);
        try {
            return Optional.of(start.run(java.get(), args));
        } catch (IOException e) {
            System.err.println("berth: starting without the fast-start cache (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** When this JVM started, or when the parent did if this is the child: what a user waits from. */
    static long launchedAtMillis() {
        String launchedAt = System.getProperty(LAUNCHED_AT);
        if (launchedAt != null) {
            try {
                return Long.parseLong(launchedAt);
            } catch (NumberFormatException ignored) {
                // A hand-set property; the JVM's own start time is the honest fallback.
            }
        }
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private int run(String java, String[] args) throws IOException {
        Files.createDirectories(cache);
        Path archive = archive();
        // One per process: a second Berth started while the first makes the archive records and makes its own.
        Path making = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".making");
        boolean made = Files.isRegularFile(archive);
        Process child = new ProcessBuilder(command(java, archive, making, made, args)).inheritIO().start();
        // Killing the parent (Ctrl+C, a desktop's "force quit") stops the app too, and still keeps the archive.
        Thread stopChild = new Thread(() -> {
            child.destroy();
            finish(java, child, made, making, archive);
        }, "berth-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int exit = finish(java, child, made, making, archive);
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException shuttingDown) {
            // The parent was asked to stop (a signal): the hook is already stopping the child; nothing to undo.
        }
        return exit;
    }

    /**
     * Waits for the child; then a new archive, complete only now, is moved into place for the next start. Both the
     * main thread and the shutdown hook get here when the parent is signalled, so only one of them makes and moves it.
     */
    private int finish(String java, Process child, boolean made, Path making, Path archive) {
        int exit = waitFor(child);
        synchronized (this) {
            if (!made) {
                boolean whole = aheadOfTimeCache ? createAheadOfTimeCache(java, making)
                        : sharedArchiveIsWhole(java, making);
                if (whole) {
                    keep(making, archive);
                }
            }
        }
        return exit;
    }

    /**
     * The second step on Java 25: the child recorded which classes the app used; this makes the cache from that.
     * Done here rather than by the child's JVM at its exit (-XX:AOTCacheOutput), which prints half a dozen lines,
     * all its options among them, to the terminal of whoever started Berth. Its output goes to a log beside the cache,
     * kept only when it fails. Returns whether {@code making} is a whole cache; if not, what it wrote is removed, so
     * the next start records again instead of being refused a half-written cache.
     */
    boolean createAheadOfTimeCache(String java, Path making) {
        Path configuration = configuration(making);
        Path log = making.resolveSibling(making.getFileName() + ".log");
        try {
            if (!Files.isRegularFile(configuration)) {
                return false;
            }
            Process create = new ProcessBuilder(createCommand(java, making)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int exit = waitFor(create);
            Files.deleteIfExists(configuration);
            if (exit == 0) {
                Files.deleteIfExists(log);
                return true;
            }
            System.err.println("berth: the fast-start cache could not be made (its JVM ended with " + exit + "; see "
                    + log + ")");
            Files.deleteIfExists(making);
            return false;
        } catch (IOException e) {
            System.err.println("berth: the fast-start cache could not be made (" + e.getMessage() + ")");
            return false;
        }
    }

    /**
     * Java 17's archive is written by the child as it exits. One cut short (the child killed meanwhile) makes every
     * later start crash, -Xshare:auto or not, so it is opened once here before it is kept; if it cannot be, it is
     * removed and the next start records again.
     */
    boolean sharedArchiveIsWhole(String java, Path making) {
        if (!Files.isRegularFile(making)) {
            return false;
        }
        Path crashLog = making.resolveSibling(making.getFileName() + ".crash");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options());
        command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + making, "-XX:ErrorFile=" + crashLog,
                "-XX:-CreateCoredumpOnCrash", "-cp", jar.toString(), "-version"));
        try {
            Process open = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean whole = waitFor(open) == 0;
            Files.deleteIfExists(crashLog);
            if (!whole) {
                Files.deleteIfExists(making);
            }
            return whole;
        } catch (IOException e) {
            System.err.println("berth: the fast-start archive could not be checked (" + e.getMessage() + ")");
            return false;
        }
    }

    private void keep(Path making, Path archive) {
        if (Files.isRegularFile(making)) {
            try {
                // Moved only once complete, so a crash or a second Berth starting meanwhile never reads half an
                // archive.
                Files.move(making, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                removeStaleArchives(archive);
            } catch (IOException e) {
                System.err.println("berth: the fast-start cache could not be kept (" + e.getMessage() + ")");
            }
        }
    }

    List<String> command(String java, Path archive, Path making, boolean made, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options());
        if (aheadOfTimeCache) {
            if (made) {
                command.add("-XX:AOTCache=" + archive);
            } else {
                command.add("-XX:AOTMode=record");
                command.add("-XX:AOTConfiguration=" + configuration(making));
            }
        } else {
            command.add("-Xshare:auto");
            command.add(made ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + making);
        }
        command.add("-D" + LAUNCHED_AT + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        command.add("-cp");
        command.add(jar.toString());
        command.add("dev.berth.Launcher");
        command.addAll(List.of(args));
        return command;
    }

    /** Makes the ahead-of-time cache {@code making} from what the first run recorded, with that run's options. */
    List<String> createCommand(String java, Path making) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options());
        command.add("-XX:AOTMode=create");
        command.add("-XX:AOTConfiguration=" + configuration(making));
        command.add("-XX:AOTCache=" + making);
        command.add("-cp");
        command.add(jar.toString());
        return command;
    }

    /** The child's JVM options other than those that make or use the archive. */
    private List<String> options() {
        List<String> options = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        options.addAll(COMPILER_FLAGS);
        // Making the archive lists every class it leaves out (generated ones, old class files); nobody needs that.
        options.add("-Xlog:cds=off");
        options.add("-Xlog:cds+dynamic=off");
        if (aheadOfTimeCache) {
            options.add("-Xlog:aot=off");
            options.add("--enable-native-access=ALL-UNNAMED");
            options.addAll(AHEAD_OF_TIME_START_FLAGS);
        }
        return options;
    }

    private static Path configuration(Path making) {
        return making.resolveSibling(making.getFileName() + ".config");
    }

    /** One archive per jar build and Java version: an archive made from other classes is refused by the JVM. */
    Path archive() throws IOException {
        String key = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                + "|" + System.getProperty("java.vm.version");
        String suffix = aheadOfTimeCache ? ".aot" : ".jsa";
        return cache.resolve("berth-" + HexFormat.of().toHexDigits(key.hashCode()) + suffix);
    }

    private void removeStaleArchives(Path keep) throws IOException {
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (var files = Files.list(cache)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean archive = name.endsWith(".jsa") || name.endsWith(".aot");
                boolean making = name.endsWith(".making") || name.endsWith(".making.config")
                        || name.endsWith(".making.log");
                boolean stale = archive && !file.equals(keep)
                        || making && Files.getLastModifiedTime(file).toInstant().isBefore(abandoned);
                if (name.startsWith("berth-") && stale) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                child.destroy();
            }
        }
    }

    private static Optional<Path> runningJar() {
        try {
            var source = FastStart.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return path.toString().endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
