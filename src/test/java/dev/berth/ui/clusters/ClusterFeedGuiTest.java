package dev.berth.ui.clusters;

import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.FeedKind;
import dev.berth.ui.handles.ClusterFeedHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.testing.FakeClock;
import dev.berth.ui.testing.FakeClusterFeed;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.TestWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ClusterFeedGuiTest {
    private static final Instant NINE = Instant.parse("2026-03-01T09:00:00Z");
    @TempDir
    Path settings;
    private final FakeGateway gateway = new FakeGateway(new FakeClock());
    private final FakeClusterFeed feed = gateway.fakeClusterFeed();

    @Start
    void start(Stage stage) {
        gateway.fakeEcs().createCluster(CreateClusterRequest.named("production"));
        gateway.fakeEcs().createCluster(CreateClusterRequest.named("staging"));
        for (int i = 0; i < 150; i++) {
            feed.add("production", NINE.plusSeconds(i), FeedKind.SERVICE, "web", "(service web) event " + i + ".");
        }
        feed.add("production", NINE.plusSeconds(200), FeedKind.TASK, "task 0a1b", "Task 0a1b of service web "
                + "(web:3) is stopping. Stop code: TaskFailedToStart. Stopped reason: CannotPullContainerError");
        feed.add("staging", NINE, FeedKind.SERVICE, "api", "(service api) has reached a steady state.");
        TestWindow.open(stage, gateway, settings);
    }

    @Test
    void theFeedShowsEverythingNewestFirstFilteredByKindAndTextAndFollowsNewEntries(FxRobot robot) {
        ClusterFeedHandle clusterFeed = new ClusterFeedHandle(robot).open("production");

        assertThat(clusterFeed.rows()).hasSize(151);
        assertThat(clusterFeed.messages().get(0)).startsWith("Task 0a1b of service web (web:3) is stopping.");
        assertThat(clusterFeed.messages().get(150)).isEqualTo("(service web) event 0.");
        assertThat(clusterFeed.rows().get(0).kindProperty().get()).isEqualTo("Task stopped");

        clusterFeed.showKind("Task stopped");
        assertThat(clusterFeed.rows()).extracting(FeedRow::subject).containsExactly("task 0a1b");
        clusterFeed.showKind("All kinds");
        clusterFeed.filter("event 14");
        assertThat(clusterFeed.messages()).hasSize(11).allMatch(m -> m.contains("event 14"));
        clusterFeed.filter("");

        FeedRow oldest = clusterFeed.rows().get(150);
        feed.add("production", NINE.plusSeconds(300), FeedKind.SCALING, "web", "Setting desired count to 4.");
        new MainWindowHandle(robot).pressRefreshKey();
        assertThat(clusterFeed.rows()).hasSize(152);
        assertThat(clusterFeed.messages().get(0)).isEqualTo("Setting desired count to 4.");
        assertThat(clusterFeed.rows().get(151)).isSameAs(oldest);

        new ClusterFeedHandle(robot).open("staging");
        assertThat(clusterFeed.messages()).containsExactly("(service api) has reached a steady state.");
    }
}
