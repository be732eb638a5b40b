package dev.berth.bench;

import dev.berth.app.FastStart;
import dev.berth.sim.store.SqliteNativeLibrary;
import dev.berth.sim.store.WorldStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long opening a world takes once it has lived a while: the app replays a world's whole history when it opens
 * it. Makes the demo world and runs it {@code DAYS} simulated days on (default 30, as a clock left at 60x for 12
 * hours), then opens it in fresh JVMs with the app's compiler flags and SQLite library cache (what a cold start pays
 * for the world, but without the app's class-data archive) and again in this one. {@code -Dexec.args=DAYS}.
 */
public final class WorldReplayBench {
    private static final Instant WALL = Instant.parse("2026-11-01T00:00:00Z");
    private static final WorldStore.NewWorld DEMO = new WorldStore.NewWorld(1, true);
    private static final int RUNS = 5;

    private WorldReplayBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 2 && args[0].equals("open")) {
            // As the app does before it opens a world; otherwise sqlite-jdbc copies its library to /tmp in the open.
            SqliteNativeLibrary.useCacheIn(Path.of(args[1]).resolveSibling("cache"));
            System.out.println(openMillis(Path.of(args[1])));
            return;
        }
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path root = Files.createTempDirectory("berth-replay-bench");
        Path world = root.resolve("world");
        long start = System.nanoTime();
        try (WorldStore.OpenedWorld opened = new WorldStore().open(world, "demo", WALL, DEMO)) {
            for (int day = 0; day < days; day++) {
                opened.simulator().advanceBy(Duration.ofDays(1));
            }
        }
        System.out.printf("the demo world run %d simulated days on in %d ms%n", days,
                (System.nanoTime() - start) / 1_000_000);
        List<Long> fresh = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            fresh.add(openInFreshJvm(world));
        }
        List<Long> warm = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            warm.add(openMillis(world));
        }
        System.out.printf("opened in a fresh JVM (C1 only, as the app): %s ms, median %d%n", fresh, SimulatorBench.median(fresh));
        System.out.printf("opened again in this JVM: %s ms, median %d%n", warm, SimulatorBench.median(warm));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static long openMillis(Path world) {
        long start = System.nanoTime();
        try (WorldStore.OpenedWorld ignored = new WorldStore().open(world, "demo", WALL, DEMO)) {
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    /** The JVM's own start is left out: the child times the open itself. */
    private static long openInFreshJvm(Path world) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(FastStart.COMPILER_FLAGS);
        command.addAll(List.of("-cp", ServeProcess.classPath(), WorldReplayBench.class.getName(), "open",
                world.toString()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(child.getInputStream().readAllBytes()).trim();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the fresh JVM failed to open the world: " + output);
        }
        return Long.parseLong(output);
    }
}
