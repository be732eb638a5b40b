package dev.berth.aws;

import dev.berth.app.SimulatorBackend;
import dev.berth.ui.testing.SteppedClock;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.sim.wire.AwsEndpoint;
import dev.berth.sim.wire.SigV4Verifier;
import dev.berth.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session that works, fails on a wrong secret, and is refused writes leaves no secret key in any log line, at any
 * level, nor in what the user is shown.
 */
class SecretsStayOutOfLogsTest {
    private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String WRONG_SECRET = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";

    private final List<String> lines = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Logger root = Logger.getLogger("");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLoggerName() + " " + record.getMessage() + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private PrintStream originalErr;
    private Level originalLevel;

    @BeforeEach
    void captureEveryLogLine() {
        originalErr = System.err;
        originalLevel = root.getLevel();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        root.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void restore() {
        root.removeHandler(capture);
        root.setLevel(originalLevel);
        System.setErr(originalErr);
    }

    @Test
    void noSecretKeyAppearsInAnyLogLineOrMessage() throws Exception {
        Simulator simulator = Simulator.create(WorldSettings.of("secrets", 3, Instant.parse("2026-11-25T08:00:00Z")),
                CommandJournal.none());
        simulator.ecs().createCluster(CreateClusterRequest.named("prod"));
        List<String> shown = new ArrayList<>();
        try (AwsEndpoint endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new SimulatorBackend(simulator, new SteppedClock(simulator)), new SigV4Verifier(KEY_ID, SECRET),
                Instant::now);
             AwsGateway good = new AwsGateway(AwsTarget.endpoint(endpoint.uri(), "us-east-1", KEY_ID, SECRET), false);
             AwsGateway wrong = new AwsGateway(AwsTarget.endpoint(endpoint.uri(), "us-east-1", KEY_ID, WRONG_SECRET),
                     true)) {
            assertThat(good.ecs().listClusters(null, null).items()).hasSize(1);
            assertThat(good.awsAccount().orElseThrow().accountId()).isEqualTo("123456789012");
            shown.add(good.toString() + good.backendName());
            shown.add(failureOf(() -> good.ecs().deleteCluster("prod")));
            shown.add(failureOf(() -> good.ecs().describeServices("nowhere", List.of("web"))));
            shown.add(failureOf(() -> wrong.ecs().listClusters(null, null)));
            shown.add(failureOf(() -> wrong.ecs().deleteCluster("prod")));
        }
        lines.addAll(err.toString(StandardCharsets.UTF_8).lines().toList());

        assertThat(lines).as("the failures were logged").anyMatch(line -> line.contains("InvalidSignatureException"));
        assertThat(lines).noneMatch(line -> line.contains(SECRET) || line.contains(WRONG_SECRET));
        assertThat(shown).hasSize(5).noneMatch(text -> text.contains(SECRET) || text.contains(WRONG_SECRET));
    }

    private static String failureOf(Runnable call) {
        try {
            call.run();
            throw new AssertionError("expected a failure");
        } catch (GatewayException e) {
            return e + " " + Messages.explain(e);
        }
    }
}
