package dev.berth.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FastStartTest {
    @TempDir
    Path dir;

    @Test
    void firstStartMakesTheArchiveAndLaterStartsUseIt() throws IOException {
        FastStart start = new FastStart(jar(), dir.resolve("cache"), false);
        Path archive = start.archive();
        Path making = archive.resolveSibling(archive.getFileName() + ".making");

        List<String> first = start.command("java", archive, making, false, new String[] {"--world", "w"});
        List<String> later = start.command("java", archive, making, true, new String[] {"--world", "w"});

        assertThat(first).contains("-XX:ArchiveClassesAtExit=" + making).noneMatch(a -> a.startsWith("-XX:Shared"));
        assertThat(later).contains("-XX:SharedArchiveFile=" + archive).noneMatch(a -> a.contains("AtExit"));
        assertThat(later).anyMatch(a -> a.startsWith("-D" + FastStart.LAUNCHED_AT + "="));
        assertThat(later).contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
        assertThat(later.subList(later.size() - 5, later.size()))
                .containsExactly("-cp", jar().toString(), "dev.berth.Launcher", "--world", "w");
    }

    @Test
    void javaWithAheadOfTimeCachesMakesAndUsesOneInstead() throws IOException {
        FastStart start = new FastStart(jar(), dir.resolve("cache"), true);
        Path cache = start.archive();
        Path making = cache.resolveSibling(cache.getFileName() + ".making");

        List<String> first = start.command("java", cache, making, false, new String[0]);
        List<String> later = start.command("java", cache, making, true, new String[0]);

        List<String> create = start.createCommand("java", making);

        assertThat(cache.getFileName().toString()).endsWith(".aot");
        String configuration = "-XX:AOTConfiguration=" + making + ".config";
        assertThat(first).contains("-XX:AOTMode=record", configuration)
                .noneMatch(a -> a.startsWith("-XX:Shared") || a.startsWith("-XX:AOTCache"));
        assertThat(create).as("the second step, once the first run has ended")
                .contains("-XX:AOTMode=create", configuration, "-XX:AOTCache=" + making)
                .endsWith("-cp", jar().toString());
        assertThat(later).contains("-XX:AOTCache=" + cache).noneMatch(a -> a.contains("AOTMode"));
        assertThat(first).containsAll(FastStart.AHEAD_OF_TIME_START_FLAGS);
        assertThat(create).as("made with the options it will be used with")
                .containsAll(FastStart.AHEAD_OF_TIME_START_FLAGS).containsAll(FastStart.COMPILER_FLAGS);
        assertThat(later).containsAll(FastStart.AHEAD_OF_TIME_START_FLAGS);
        assertThat(new FastStart(jar(), dir.resolve("cache"), false).archive()).isNotEqualTo(cache);
        assertThat(create.subList(0, create.indexOf("-XX:AOTMode=create")))
                .as("the create step's options are the recording run's")
                .isEqualTo(first.subList(0, first.indexOf("-XX:AOTMode=record")));
    }

    @Test
    void aCacheWhoseMakingFailsIsRemovedNotKept() throws IOException {
        FastStart start = new FastStart(jar(), dir.resolve("cache"), true);
        Path making = Files.createDirectories(dir.resolve("cache")).resolve("berth-1.aot.7.making");
        Files.writeString(making.resolveSibling("berth-1.aot.7.making.config"), "what the first run loaded");

        boolean made = start.createAheadOfTimeCache(fakeJava("echo half a cache > \"$AOT\"; echo disk full; exit 1"),
                making);

        assertThat(made).isFalse();
        assertThat(making).as("half written: the next start records again").doesNotExist();
        assertThat(making.resolveSibling("berth-1.aot.7.making.config")).doesNotExist();
        assertThat(making.resolveSibling("berth-1.aot.7.making.log")).content().contains("disk full");
    }

    @Test
    void aCacheMadeWholeIsKeptAndItsLogRemoved() throws IOException {
        FastStart start = new FastStart(jar(), dir.resolve("cache"), true);
        Path making = Files.createDirectories(dir.resolve("cache")).resolve("berth-1.aot.7.making");
        Files.writeString(making.resolveSibling("berth-1.aot.7.making.config"), "what the first run loaded");

        assertThat(start.createAheadOfTimeCache(fakeJava("echo a cache > \"$AOT\""), making)).isTrue();
        assertThat(making).hasContent("a cache");
        assertThat(making.resolveSibling("berth-1.aot.7.making.log")).doesNotExist();
    }

    @Test
    void anArchiveCutShortIsRemovedNotKept() throws IOException {
        FastStart start = new FastStart(jar(), dir.resolve("cache"), false);
        Path making = Files.createDirectories(dir.resolve("cache")).resolve("berth-1.jsa.7.making");
        Files.writeString(making, "the first part of an archive");

        // As Java 17 does when it maps an archive cut short: it aborts.
        assertThat(start.sharedArchiveIsWhole(fakeJava("exit 134"), making)).isFalse();
        assertThat(making).as("the next start records again").doesNotExist();

        Files.writeString(making, "a whole archive");
        assertThat(start.sharedArchiveIsWhole(fakeJava("exit 0"), making)).isTrue();
        assertThat(making).hasContent("a whole archive");
    }

    /** A stand-in for java that runs {@code script} with $AOT set to its -XX:AOTCache= path. */
    private String fakeJava(String script) throws IOException {
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in -XX:AOTCache=*) AOT=${a#-XX:AOTCache=};; "
                + "esac; done\n" + script + "\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return java.toString();
    }

    /**
     * The child ignores -XX flags its Java does not know, so this is what tells us a new Java dropped one, or that the
     * list lost its order (the diagnostic flags must follow the flag that unlocks them).
     */
    @Test
    void theAheadOfTimeStartFlagsAreOnesThisJavaKnows() throws IOException, InterruptedException {
        assumeTrue(Runtime.version().feature() >= 25, "ahead-of-time caches need Java 25");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
        FastStart.AHEAD_OF_TIME_START_FLAGS.stream().filter(flag -> !flag.equals("-XX:+IgnoreUnrecognizedVMOptions"))
                .forEach(command::add);
        command.add("-version");

        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());

        assertThat(java.waitFor()).as(output).isZero();
    }

    @Test
    void aRebuiltJarGetsAFreshArchive() throws IOException {
        FastStart start = new FastStart(jar(), dir.resolve("cache"), false);
        Path before = start.archive();

        Files.setLastModifiedTime(jar(), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(start.archive()).isNotEqualTo(before);
        assertThat(start.archive().getParent()).isEqualTo(dir.resolve("cache"));
    }

    @Test
    void theChildReportsColdStartFromTheParentsStart() {
        System.setProperty(FastStart.LAUNCHED_AT, "1234");
        try {
            assertThat(FastStart.launchedAtMillis()).isEqualTo(1234);
        } finally {
            System.clearProperty(FastStart.LAUNCHED_AT);
        }
        assertThat(FastStart.launchedAtMillis()).isPositive().isNotEqualTo(1234);
    }

    private Path jar() throws IOException {
        Path jar = dir.resolve("berth.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "not really a jar");
        }
        return jar;
    }
}
