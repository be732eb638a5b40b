package dev.berth.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@code berth serve} child process on a free loopback port, started as users start it: {@code java -jar
 * target/berth.jar serve} when the jar is built (run {@code mvn -q -o -DskipTests package} first), else this run's
 * class path. Its Berth home is beside the world, not the user's. Used by the benches and the tests of the packaged
 * jar.
 */
public record ServeProcess(Process process, int port) {
    private static final Pattern READY = Pattern.compile("Berth endpoint ready on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Path JAR = Path.of("target", "berth.jar");

    /** How the server is started, for the benches' reports. */
    static String command() {
        return Files.isRegularFile(JAR) ? "java -jar " + JAR.toAbsolutePath()
                : "java -cp <this run's class path> dev.berth.Launcher (target/berth.jar not built)";
    }

    /** Starts serving the world in {@code state} at speed 1, its error output appended to {@code log}. */
    public static ServeProcess start(Path state, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(Files.isRegularFile(JAR)
                ? List.of(java, "-jar", JAR.toString())
                : List.of(java, "-cp", classPath(), "dev.berth.Launcher"));
        command.addAll(List.of("serve", "--port", "0", "--state", state.toString(), "--speed", "1"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BERTH_HOME", state.resolveSibling(state.getFileName() + ".home").toString());
        Process process = builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                Thread drain = new Thread(() -> output.lines().forEach(rest -> { }), "berth-serve-output");
                drain.setDaemon(true);
                drain.start();
                return new ServeProcess(process, Integer.parseInt(ready.group(1)));
            }
        }
        process.waitFor();
        throw new IllegalStateException("berth serve exited with " + process.exitValue() + " before it was "
                + "ready; see " + log);
    }

    /**
     * The bench's class path, for a JVM of its own: exec:java loads this class through its own class loader, and
     * java.class.path is then Maven's own.
     */
    static String classPath() {
        if (ServeProcess.class.getClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(ServeProcess::file)
                    .collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String file(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("not a file on the class path: " + url, e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The CPU time all the process's threads have used so far (on Linux, from /proc/PID/stat). */
    long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos)
                .orElseThrow(() -> new IllegalStateException("the server's CPU time is not readable"));
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
