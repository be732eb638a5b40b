package dev.berth.app;

import dev.berth.aws.AwsGateway;
import dev.berth.aws.AwsTarget;
import dev.berth.core.gateway.AwsConnections;
import dev.berth.core.gateway.Connection;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.settings.BerthHome;
import dev.berth.core.settings.LastConnectionFile;
import dev.berth.sim.store.WorldStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The connection chosen last is remembered, and the next start opens that world or offers that AWS profile. */
class LastConnectionTest {
    private static final Instant WALL = Instant.parse("2026-11-25T09:00:00Z");
    private static final Connection DEV = new Connection(Connection.Kind.AWS_PROFILE, "dev", "eu-west-1",
            "access keys");

    @TempDir
    Path root;
    private BerthHome home;
    private WorldSwitch worlds;

    @BeforeEach
    void openTheUsersWorld() {
        home = new BerthHome(root);
        WorldStore.OpenedWorld demo = new WorldStore().open(home.world("demo"), "demo", WALL,
                new WorldStore.NewWorld(1, true));
        // AWS connections go to a port where nothing listens: connecting to one fails.
        worlds = new WorldSwitch(home, new WorldStore(), "demo", demo, () -> WALL, () -> new AwsConnections() {
            @Override
            public List<Connection> available() {
                return List.of(DEV);
            }

            @Override
            public List<String> regions() {
                return List.of("eu-west-1");
            }

            @Override
            public AwsConnection open(Connection connection, boolean writesAllowed) {
                return new AwsGateway(AwsTarget.endpoint(URI.create("http://127.0.0.1:1"), connection.region(),
                        "test", "test"), writesAllowed);
            }
        });
    }

    @AfterEach
    void closeIt() {
        worlds.close();
    }

    @Test
    void aConnectionMadeIsRememberedAndOneThatFailedIsNot() {
        LastConnectionFile last = LastConnectionFile.in(home);
        assertThat(last.load()).as("starting is not choosing").isEmpty();

        worlds.connect(Connection.simulator("practice"));
        assertThat(last.load()).contains(Connection.simulator("practice"));

        assertThatThrownBy(() -> worlds.connect(DEV)).isInstanceOf(GatewayException.class);
        assertThat(last.load()).contains(Connection.simulator("practice"));
        worlds.enter("ecs-first-service", false);
        assertThat(last.load()).as("a lesson's world is not the user's choice")
                .contains(Connection.simulator("practice"));
    }

    @Test
    void theNextStartOpensTheLastWorldUnlessAnotherIsNamedAndNeverEntersAwsByItself() {
        BerthApp.AppOptions none = BerthApp.AppOptions.parse(new String[0]);

        assertThat(BerthApp.startingWorld(none, Optional.empty())).isEqualTo("demo");
        assertThat(BerthApp.startingWorld(none, Optional.of(Connection.simulator("practice")))).isEqualTo("practice");
        assertThat(BerthApp.startingWorld(BerthApp.AppOptions.parse(new String[]{"--world", "other"}),
                Optional.of(Connection.simulator("practice")))).isEqualTo("other");
        assertThat(BerthApp.startingWorld(none, Optional.of(DEV))).isEqualTo("demo");
        assertThat(BerthApp.startingWorld(none, Optional.of(Connection.simulator("../../etc")))).isEqualTo("demo");
    }
}
