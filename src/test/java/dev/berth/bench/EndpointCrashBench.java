package dev.berth.bench;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.DescribeClustersResponse;
import software.amazon.awssdk.services.ecs.model.NetworkMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kill -9 during a burst of writes loses nothing acknowledged: {@code berth serve} runs as a child process, several
 * SDK clients send CreateCluster and RegisterTaskDefinition as fast as it answers, the child is killed with SIGKILL
 * in the middle of the burst and started again on the same state directory, and every write that got HTTP 200 must
 * be there. Three rounds on one state directory, each round's restarted server the next round's victim. Uses
 * {@code target/berth.jar} when it is built (so run {@code mvn -q -o -DskipTests package} first), else this run's
 * class path. Run on purpose: {@code mvn -q -o -Pbench -Dbench=EndpointCrashBench test-compile exec:java}.
 */
public final class EndpointCrashBench {
    private static final int ROUNDS = 3;
    private static final int WRITERS = 6;
    /** Round k waits for k times this many acknowledged writes, so each kill lands in a running burst. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;

    private EndpointCrashBench() {
    }

    public static void main(String[] args) throws Exception {
        Path state = Files.createTempDirectory("berth-crash");
        Path log = Files.createTempFile("berth-crash", ".log");
        System.out.printf(Locale.ROOT, "EndpointCrashBench: %d rounds, %d writers, state %s, server output %s%n",
                ROUNDS, WRITERS, state, log);
        System.out.println("server: " + ServeProcess.command());
        Set<String> clusters = ConcurrentHashMap.newKeySet();
        Set<String> sentClusters = ConcurrentHashMap.newKeySet();
        Set<String> taskDefinitions = ConcurrentHashMap.newKeySet();
        SdkHttpClient http = UrlConnectionHttpClient.create();
        ServeProcess server = ServeProcess.start(state, log);
        int totalLost = 0;
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                int clustersBefore = clusters.size();
                int definitionsBefore = taskDefinitions.size();
                int attempts = burstUntilKilled(server, http, round, sentClusters, clusters, taskDefinitions);
                server = ServeProcess.start(state, log);
                int acknowledged = clusters.size() - clustersBefore + taskDefinitions.size() - definitionsBefore;
                int lost = missing(server, http, clusters, taskDefinitions);
                totalLost += lost;
                Set<String> unanswered = new HashSet<>(sentClusters);
                unanswered.removeAll(clusters);
                System.out.printf(Locale.ROOT, "round %d: %d writes sent, %d acknowledged (HTTP 200) before the "
                                + "kill; after restart %d of all %d acknowledged so far are present, lost %d; "
                                + "CreateCluster unanswered so far %d, of which present %d (either is allowed)%n",
                        round, attempts, acknowledged, clusters.size() + taskDefinitions.size() - lost,
                        clusters.size() + taskDefinitions.size(), lost, unanswered.size(),
                        unanswered.size() - missing(server, http, unanswered, Set.of()));
            }
        } finally {
            server.stop();
            http.close();
        }
        System.out.println(totalLost == 0 ? "no acknowledged write lost" : "LOST " + totalLost
                + " acknowledged writes");
    }

    /** Writers send until the server dies; it is killed once enough of their writes have been acknowledged. */
    private static int burstUntilKilled(ServeProcess server, SdkHttpClient http, int round, Set<String> sentClusters,
                                        Set<String> clusters, Set<String> taskDefinitions) throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            String prefix = String.format(Locale.ROOT, "crash-r%d-w%d", round, writer);
            writers.add(pool.submit(() -> {
                try (EcsClient ecs = BenchEcsClients.create(server.uri(), http)) {
                    for (int n = 0; ; n++) {
                        attempts.incrementAndGet();
                        if (n % 2 == 0) {
                            String name = prefix + "-" + n;
                            sentClusters.add(name);
                            ecs.createCluster(r -> r.clusterName(name));
                            clusters.add(name);
                        } else {
                            taskDefinitions.add(ecs.registerTaskDefinition(r -> r.family(prefix)
                                    .networkMode(NetworkMode.AWSVPC).requiresCompatibilities(Compatibility.FARGATE)
                                    .cpu("256").memory("512").containerDefinitions(ContainerDefinition.builder()
                                            .name("web").image("nginx:1.27").essential(true).build()))
                                    .taskDefinition().taskDefinitionArn());
                        }
                        if (acknowledged.incrementAndGet() >= ACKNOWLEDGED_BEFORE_KILL * round) {
                            enough.countDown();
                        }
                    }
                } catch (RuntimeException e) {
                    // The server was killed: this writer's last request got no answer, so it is not counted.
                }
            }));
        }
        enough.await();
        server.kill();
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        return attempts.get();
    }

    /** How many of these clusters and task definitions the restarted server does not have. */
    private static int missing(ServeProcess server, SdkHttpClient http, Set<String> clusters, Set<String> taskDefinitions) {
        try (EcsClient ecs = BenchEcsClients.create(server.uri(), http)) {
            Set<String> active = new HashSet<>();
            List<String> names = List.copyOf(clusters);
            for (int from = 0; from < names.size(); from += 100) {
                List<String> batch = names.subList(from, Math.min(names.size(), from + 100));
                DescribeClustersResponse described = ecs.describeClusters(r -> r.clusters(batch));
                described.clusters().stream().filter(c -> c.status().equals("ACTIVE")).map(Cluster::clusterName)
                        .forEach(active::add);
            }
            Set<String> registered = new HashSet<>();
            ecs.listTaskDefinitionsPaginator(r -> r.maxResults(100)).taskDefinitionArns().forEach(registered::add);
            int lostClusters = (int) clusters.stream().filter(name -> !active.contains(name)).count();
            int lostDefinitions = (int) taskDefinitions.stream().filter(arn -> !registered.contains(arn)).count();
            return lostClusters + lostDefinitions;
        }
    }
}
