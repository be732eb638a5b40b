package dev.berth.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import dev.berth.app.RealTimeClock;
import dev.berth.app.SimulatorBackend;
import dev.berth.sim.store.WorldStore;
import dev.berth.sim.wire.AwsEndpoint;
import dev.berth.sim.wire.SigV4Verifier;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.NetworkMode;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The wire endpoint under load: 16 concurrent clients make 20,000 mixed ECS requests (mostly describe and list, some
 * writes) against {@code berth serve}'s endpoint over a fresh world on loopback. Reports requests per second, p50/p99
 * latency for reads and writes, errors, CPU per request (endpoint and clients apart), and whether the state afterwards
 * is what the clients wrote. Two client modes: {@code light} (signed JSON over a plain socket, {@link LightLoadCalls}:
 * the clients cost little, so the two cores serve the endpoint) and {@code sdk} (16 AWS SDK for Java v2 clients, as
 * applications call); two places for the endpoint: {@code in-process} (in the bench's JVM, whose clients' garbage
 * pauses it too) and {@code serve} (a {@code berth serve} process of its own, as users run it: {@link ServeProcess};
 * build the jar first). Each pair runs on its own fresh world. Run on purpose:
 * {@code mvn -q -o -Pbench -Dbench=EndpointLoadBench test-compile exec:java}, all four; name modes or places to pick,
 * e.g. {@code -Dexec.args="light serve"}. The server is measured warm: {@code -Dbench.warmUp=2000} measures a fresh one.
 */
public final class EndpointLoadBench {
    private static final int CLIENTS = 16;
    private static final int REQUESTS = 20_000;
    /**
     * Requests before the measured ones. A fresh JVM's compilers take a quarter to half of the endpoint's CPU for its
     * first 20-30 s under this load, and the tail grows with every request queued behind them: against {@code berth
     * serve} with light clients, the server used 0.39-0.47 ms of CPU per request after 2,000, 0.25-0.28 ms after 40,000
     * (session 9, three alternating pairs).
     */
    private static final int WARM_UP_REQUESTS = Integer.getInteger("bench.warmUp", 40_000);
    private static final int ALONE_REQUESTS = 1_000;
    private static final String CLUSTER = "load";
    private static final int MAX_OWN_TASKS = 4;
    private static final long TARGET_P99_NANOS = 20_000_000L;
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
            ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private EndpointLoadBench() {
    }

    /** How the 16 clients call: the light client or the AWS SDK. */
    enum Mode {
        LIGHT("light clients"), SDK("SDK clients");

        final String clients;

        Mode(String clients) {
            this.clients = clients;
        }
    }

    /** Where the endpoint runs: in this JVM, or as {@code berth serve} in its own. */
    enum Place {
        IN_PROCESS("in-process"), SERVE("serve");

        final String name;

        Place(String name) {
            this.name = name;
        }
    }

    public static void main(String[] args) throws Exception {
        // The JDK keeps at most 5 idle connections per host by default: 16 clients sharing one HTTP client would open
        // a new TCP connection for most requests, which no client with its own connection does.
        System.setProperty("http.maxConnections", Integer.toString(CLIENTS));
        List<Mode> modes = picked(args, Mode.values(), Mode::name);
        List<Place> places = picked(args, Place.values(), place -> place.name);
        System.out.println(machine());
        List<String> summaries = new ArrayList<>();
        for (Place place : places) {
            for (Mode mode : modes) {
                summaries.add(run(mode, place));
            }
        }
        System.out.println();
        summaries.forEach(System.out::println);
    }

    /** The ones the arguments name, or all if they name none of them. */
    private static <T> List<T> picked(String[] args, T[] all, Function<T, String> name) {
        List<T> named = Arrays.stream(all).filter(t -> Arrays.stream(args).anyMatch(name.apply(t)::equalsIgnoreCase))
                .toList();
        return named.isEmpty() ? List.of(all) : named;
    }

    /** One mode on a fresh world and endpoint in {@code place}; returns its summary line. */
    private static String run(Mode mode, Place place) throws Exception {
        System.out.printf(Locale.ROOT, "%n== %s, endpoint %s ==%n", mode.clients, place.name);
        Path state = Files.createTempDirectory("berth-load");
        SdkHttpClient http = UrlConnectionHttpClient.create();
        try (LoadEndpoint endpoint = place == Place.SERVE ? ServedEndpoint.start(state)
                : InProcessEndpoint.start(state)) {
            try (EcsClient seeder = BenchEcsClients.create(endpoint.uri(), http)) {
                seed(seeder);
            }
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.uri().getPort());
            List<LoadCalls> calls = IntStream.range(0, CLIENTS).mapToObj(i -> mode == Mode.LIGHT
                    ? (LoadCalls) new LightLoadCalls(address, SigV4Verifier.DEFAULT_KEY, SigV4Verifier.DEFAULT_SECRET)
                    : new SdkLoadCalls(BenchEcsClients.create(endpoint.uri(), http))).toList();
            List<LoadClient> clients = IntStream.range(0, CLIENTS).mapToObj(i -> new LoadClient(i, calls.get(i)))
                    .toList();
            run(clients, WARM_UP_REQUESTS, endpoint);
            // One client alone first: the cost of a request without 15 others queueing for the same 2 cores.
            System.out.print("one client alone, ");
            run(clients.subList(0, 1), ALONE_REQUESTS, endpoint).print(mode);
            System.out.print("16 clients, ");
            Result result = run(clients, REQUESTS, endpoint);
            result.print(mode);
            endpoint.pauseClock();
            boolean consistent = consistent(calls.get(0), clients);
            calls.forEach(LoadCalls::close);
            long readP99 = percentile(result.latencies(Kind.READ), 99);
            return String.format(Locale.ROOT, "%-13s %-10s: %,.0f requests/s; describe/list p50 %.2f ms, p99 %.2f ms "
                            + "(target < 20 ms: %s); writes p50 %.2f ms, p99 %.2f ms; errors %d; state %s; "
                            + "CPU per request endpoint %.2f ms, clients %.2f ms; endpoint allocates %s per request",
                    mode.clients, place.name, result.requestsPerSecond(), percentile(result.latencies(Kind.READ), 50) / 1e6,
                    readP99 / 1e6, readP99 < TARGET_P99_NANOS ? "met" : "NOT met",
                    percentile(result.latencies(Kind.WRITE), 50) / 1e6,
                    percentile(result.latencies(Kind.WRITE), 99) / 1e6, result.errors(),
                    consistent ? "consistent" : "INCONSISTENT", result.endpointCpuNanos() / 1e6 / result.total(),
                    result.clientCpuNanos() / 1e6 / result.total(), result.endpointAllocatedPerRequest());
        } finally {
            http.close();
        }
    }

    /**
     * The endpoint under test: its address, the CPU it has used (and in-process, what it has allocated), and its clock,
     * paused before the consistency check where the bench owns it.
     */
    private interface LoadEndpoint extends AutoCloseable {
        URI uri();

        Usage usage();

        void pauseClock();

        @Override
        void close() throws Exception;
    }

    /** The endpoint's threads in this JVM, on a world this bench opens and a clock it drives. */
    private record InProcessEndpoint(WorldStore.OpenedWorld world, RealTimeClock clock, AwsEndpoint endpoint)
            implements LoadEndpoint {
        static InProcessEndpoint start(Path state) throws IOException {
            Instant wallNow = Instant.now();
            WorldStore.OpenedWorld world = new WorldStore().open(state, "load", wallNow,
                    new WorldStore.NewWorld(wallNow.toEpochMilli(), false));
            RealTimeClock clock = new RealTimeClock(world.simulator(), world.journal()::flushClock, 1);
            AwsEndpoint endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    new SimulatorBackend(world.simulator(), clock),
                    new SigV4Verifier(SigV4Verifier.DEFAULT_KEY, SigV4Verifier.DEFAULT_SECRET), Instant::now);
            clock.start();
            return new InProcessEndpoint(world, clock, endpoint);
        }

        @Override
        public URI uri() {
            return endpoint.uri();
        }

        @Override
        public Usage usage() {
            return endpointUsage();
        }

        @Override
        public void pauseClock() {
            clock.pause();
        }

        @Override
        public void close() {
            endpoint.close();
            clock.close();
            world.close();
        }
    }

    /**
     * {@code berth serve} in a JVM of its own, as users run it: its CPU is the whole process's (GC and JIT included),
     * its allocation is not measured, and its clock runs on (the check reads only what the clients set).
     */
    private record ServedEndpoint(ServeProcess server) implements LoadEndpoint {
        static ServedEndpoint start(Path state) throws IOException, InterruptedException {
            System.out.println("server: " + ServeProcess.command());
            return new ServedEndpoint(ServeProcess.start(state, Files.createTempFile("berth-load", ".log")));
        }

        @Override
        public URI uri() {
            return server.uri();
        }

        @Override
        public Usage usage() {
            return new Usage(server.cpuNanos(), -1);
        }

        @Override
        public void pauseClock() {
        }

        @Override
        public void close() throws InterruptedException {
            server.stop();
        }
    }

    /** One cluster, one Fargate task definition, one service per client (each client updates only its own). */
    private static void seed(EcsClient ecs) {
        ecs.createCluster(r -> r.clusterName(CLUSTER));
        ecs.registerTaskDefinition(r -> r.family("web").networkMode(NetworkMode.AWSVPC)
                .requiresCompatibilities(Compatibility.FARGATE).cpu("256").memory("512")
                .containerDefinitions(ContainerDefinition.builder().name("web").image("nginx:1.27")
                        .essential(true).build()));
        for (int i = 0; i < CLIENTS; i++) {
            String name = serviceName(i);
            ecs.createService(r -> r.cluster(CLUSTER).serviceName(name).taskDefinition("web").desiredCount(2)
                    .launchType(LaunchType.FARGATE).networkConfiguration(SdkLoadCalls.NETWORK));
        }
    }

    private static String serviceName(int client) {
        return String.format(Locale.ROOT, "svc-%02d", client);
    }

    private static Result run(List<LoadClient> clients, int requests, LoadEndpoint endpoint) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            long processCpu = PROCESS.getProcessCpuTime();
            Usage endpointAtStart = endpoint.usage();
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (LoadClient client : clients) {
                running.add(pool.submit(() -> client.run(requests / clients.size())));
            }
            for (Future<?> client : running) {
                client.get();
            }
            long wall = System.nanoTime() - start;
            Usage endpointAtEnd = endpoint.usage();
            return new Result(clients, wall, PROCESS.getProcessCpuTime() - processCpu,
                    endpointAtEnd.cpuNanos() - endpointAtStart.cpuNanos(),
                    endpointAtStart.allocatedBytes() < 0 ? -1
                            : endpointAtEnd.allocatedBytes() - endpointAtStart.allocatedBytes());
        } finally {
            pool.shutdown();
        }
    }

    /** CPU time and bytes allocated by a set of threads; bytes -1 where they are not measured. */
    private record Usage(long cpuNanos, long allocatedBytes) {
    }

    /**
     * CPU time and allocation of the endpoint's threads: its acceptor and its connections. Allocation does not
     * depend on how busy the machine is, so it compares two versions of the endpoint on a shared machine.
     */
    private static Usage endpointUsage() {
        long cpu = 0;
        long allocated = 0;
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("berth-endpoint")) {
                cpu += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
                allocated += Math.max(0, THREADS.getThreadAllocatedBytes(thread.getThreadId()));
            }
        }
        return new Usage(cpu, allocated);
    }

    /** Every service has the desired count its client set last; every client's own tasks are the ones it left. */
    private static boolean consistent(LoadCalls ecs, List<LoadClient> clients) {
        boolean consistent = true;
        for (LoadClient client : clients) {
            int desired = ecs.desiredCount(CLUSTER, serviceName(client.id));
            Set<String> listed = new HashSet<>(ecs.listTasks(CLUSTER, client.startedBy()));
            Set<String> expected = new HashSet<>(client.ownTasks);
            if (desired != client.lastDesiredCount || !listed.equals(expected)) {
                consistent = false;
                System.out.printf(Locale.ROOT, "  %s: desiredCount %d, last set %d; %d own tasks listed, %d kept%n",
                        serviceName(client.id), desired, client.lastDesiredCount, listed.size(), expected.size());
            }
        }
        int ran = clients.stream().mapToInt(c -> c.ran).sum();
        int stopped = clients.stream().mapToInt(c -> c.stopped).sum();
        System.out.printf(Locale.ROOT, "consistency: %d services checked against the last desiredCount set; "
                        + "RunTask %d, StopTask %d, %d tasks left running by the clients, as listed: %s%n",
                clients.size(), ran, stopped, ran - stopped, consistent ? "yes" : "NO");
        return consistent;
    }

    private static String machine() throws IOException {
        String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
        return String.format(Locale.ROOT, "EndpointLoadBench: %d clients, %,d requests (after %,d warm-up), "
                        + "loopback; machine: %d cores (nproc), %s; java %s; load average %.2f",
                CLIENTS, REQUESTS, WARM_UP_REQUESTS, Runtime.getRuntime().availableProcessors(), model,
                System.getProperty("java.version"), PROCESS.getSystemLoadAverage());
    }

    private static long percentile(long[] sortedNanos, int percent) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)];
    }

    enum Kind { READ, WRITE }

    enum Operation {
        LIST_SERVICES(Kind.READ), DESCRIBE_SERVICES(Kind.READ), LIST_TASKS(Kind.READ), DESCRIBE_TASKS(Kind.READ),
        DESCRIBE_CLUSTERS(Kind.READ), UPDATE_SERVICE(Kind.WRITE), RUN_TASK(Kind.WRITE), STOP_TASK(Kind.WRITE);

        final Kind kind;

        Operation(Kind kind) {
            this.kind = kind;
        }
    }

    /** One client thread: a seeded mix of requests, timing each one, remembering what it wrote. */
    private static final class LoadClient {
        final int id;
        final LoadCalls ecs;
        final Random random;
        /** This run's requests and their times; what the client wrote is kept across runs. */
        final List<Operation> operations = new ArrayList<>();
        final List<Long> nanos = new ArrayList<>();
        final Deque<String> ownTasks = new ArrayDeque<>();
        List<String> listedTasks = List.of();
        int lastDesiredCount = 2;
        int ran;
        int stopped;
        int errors;
        long cpuNanos;
        long allocatedBytes;

        LoadClient(int id, LoadCalls ecs) {
            this.id = id;
            this.ecs = ecs;
            this.random = new Random(id);
        }

        String startedBy() {
            return "load-" + id;
        }

        void run(int requests) {
            operations.clear();
            nanos.clear();
            errors = 0;
            long cpuAtStart = THREADS.getCurrentThreadCpuTime();
            long allocatedAtStart = THREADS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < requests; i++) {
                Operation operation = pick();
                long start = System.nanoTime();
                try {
                    send(operation);
                } catch (RuntimeException e) {
                    errors++;
                    System.err.println("  " + operation + " failed: " + e.getMessage());
                }
                nanos.add(System.nanoTime() - start);
                operations.add(operation);
            }
            cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
            allocatedBytes = THREADS.getCurrentThreadAllocatedBytes() - allocatedAtStart;
        }

        /** 85% describe/list, 15% writes; a client with no task to describe lists, one with none to stop runs. */
        private Operation pick() {
            int roll = random.nextInt(100);
            if (roll < 20) {
                return Operation.LIST_SERVICES;
            } else if (roll < 40) {
                return Operation.DESCRIBE_SERVICES;
            } else if (roll < 60) {
                return Operation.LIST_TASKS;
            } else if (roll < 75) {
                return listedTasks.isEmpty() ? Operation.LIST_TASKS : Operation.DESCRIBE_TASKS;
            } else if (roll < 85) {
                return Operation.DESCRIBE_CLUSTERS;
            } else if (roll < 93) {
                return Operation.UPDATE_SERVICE;
            } else if (roll < 97 || ownTasks.isEmpty()) {
                return ownTasks.size() >= MAX_OWN_TASKS ? Operation.STOP_TASK : Operation.RUN_TASK;
            }
            return Operation.STOP_TASK;
        }

        private void send(Operation operation) {
            switch (operation) {
                case LIST_SERVICES -> ecs.listServices(CLUSTER);
                case DESCRIBE_SERVICES -> ecs.describeServices(CLUSTER, IntStream.range(0, 10)
                        .mapToObj(i -> serviceName(random.nextInt(CLIENTS))).distinct().toList());
                case LIST_TASKS -> listedTasks = ecs.listTasks(CLUSTER, null);
                case DESCRIBE_TASKS -> ecs.describeTasks(CLUSTER,
                        listedTasks.subList(0, Math.min(20, listedTasks.size())));
                case DESCRIBE_CLUSTERS -> ecs.describeClusters(CLUSTER);
                case UPDATE_SERVICE -> {
                    int desired = random.nextInt(5);
                    ecs.updateService(CLUSTER, serviceName(id), desired);
                    lastDesiredCount = desired;
                }
                case RUN_TASK -> {
                    ownTasks.add(ecs.runTask(CLUSTER, "web", startedBy()));
                    ran++;
                }
                case STOP_TASK -> {
                    ecs.stopTask(CLUSTER, ownTasks.peekFirst(), "load bench");
                    ownTasks.removeFirst();
                    stopped++;
                }
            }
        }
    }

    /** A run's requests, and the CPU the whole process, the endpoint's threads and the client threads spent on it. */
    private record Result(List<LoadClient> clients, long wallNanos, long processCpuNanos, long endpointCpuNanos,
                          long endpointAllocatedBytes) {
        int errors() {
            return clients.stream().mapToInt(c -> c.errors).sum();
        }

        int total() {
            return clients.stream().mapToInt(c -> c.operations.size()).sum();
        }

        /** Whether the endpoint ran in a process of its own, its allocation not measured. */
        boolean endpointApart() {
            return endpointAllocatedBytes < 0;
        }

        String endpointAllocatedPerRequest() {
            return endpointApart() ? "not measured (own JVM)"
                    : String.format(Locale.ROOT, "%.1f KB", endpointAllocatedBytes / 1024.0 / total());
        }

        double requestsPerSecond() {
            return total() / (wallNanos / 1e9);
        }

        long clientCpuNanos() {
            return clients.stream().mapToLong(c -> c.cpuNanos).sum();
        }

        long[] latencies(Kind kind) {
            return latencies(operation -> operation.kind == kind);
        }

        long[] latencies(Predicate<Operation> which) {
            List<Long> picked = new ArrayList<>();
            for (LoadClient client : clients) {
                for (int i = 0; i < client.operations.size(); i++) {
                    if (which.test(client.operations.get(i))) {
                        picked.add(client.nanos.get(i));
                    }
                }
            }
            long[] sorted = picked.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted;
        }

        void print(Mode mode) {
            int total = total();
            System.out.printf(Locale.ROOT, "%,d requests in %.2f s: %.0f requests/s, %d errors%n", total,
                    wallNanos / 1e9, requestsPerSecond(), errors());
            if (endpointApart()) {
                System.out.printf(Locale.ROOT, "  CPU per request: endpoint process %.2f ms (GC, JIT, clock "
                                + "included); bench process %.2f = %s %.2f + other (GC, JIT) %.2f; load average %.2f%n",
                        endpointCpuNanos / 1e6 / total, processCpuNanos / 1e6 / total, mode.clients,
                        clientCpuNanos() / 1e6 / total, (processCpuNanos - clientCpuNanos()) / 1e6 / total,
                        PROCESS.getSystemLoadAverage());
            } else {
                System.out.printf(Locale.ROOT, "  CPU per request: %.2f ms in all = endpoint %.2f + %s %.2f + other "
                                + "(GC, JIT, clock) %.2f; load average %.2f%n", processCpuNanos / 1e6 / total,
                        endpointCpuNanos / 1e6 / total, mode.clients, clientCpuNanos() / 1e6 / total,
                        (processCpuNanos - endpointCpuNanos - clientCpuNanos()) / 1e6 / total,
                        PROCESS.getSystemLoadAverage());
            }
            System.out.printf(Locale.ROOT, "  allocated per request: endpoint %s, %s %.1f KB%n",
                    endpointAllocatedPerRequest(), mode.clients,
                    clients.stream().mapToLong(c -> c.allocatedBytes).sum() / 1024.0 / total);
            for (Kind kind : Kind.values()) {
                line(kind == Kind.READ ? "describe/list" : "writes", latencies(kind));
            }
            for (Operation operation : Operation.values()) {
                line("  " + operation.name().toLowerCase(Locale.ROOT), latencies(o -> o == operation));
            }
        }

        private static void line(String what, long[] sorted) {
            System.out.printf(Locale.ROOT, "  %-22s %6d requests   p50 %6.2f ms   p99 %6.2f ms   max %7.2f ms%n",
                    what, sorted.length, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6,
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }
    }
}
