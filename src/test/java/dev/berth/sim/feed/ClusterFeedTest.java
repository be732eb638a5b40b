package dev.berth.sim.feed;

import dev.berth.core.gateway.ClusterFeed;
import dev.berth.core.model.FeedEntry;
import dev.berth.core.model.FeedKind;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.LoadBalancerFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster's feed: every service event (beyond the 100 DescribeServices keeps), tasks stopping with their
 * reasons, scaling activities and target health changes, in time order, worded as the AWS services word them.
 */
class ClusterFeedTest {

    @Test
    void theFeedHoldsEveryKindInTimeOrderAndMoreThanAHundredEventsOfOneService() {
        LoadBalancerFixture f = new LoadBalancerFixture(31);
        EcsFixture world = f.world;
        world.fargateDefinition("web", "nginx:1.27");
        TargetGroup group = f.activeTargetGroup("ip");
        f.fargateService("web", "web", 1, group, 60);
        world.advance(Duration.ofMinutes(5));
        world.simulator.scaling().registerScalableTarget(RegisterScalableTargetRequest.ecsService(
                EcsFixture.CLUSTER, "web", 2, 4));
        world.advance(Duration.ofMinutes(5));
        // Up and down, again and again: each turn starts and stops a task, and the events pile up.
        for (int turn = 0; turn < 30; turn++) {
            world.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "web", 3));
            world.advance(Duration.ofMinutes(3));
            world.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "web", 2));
            world.advance(Duration.ofMinutes(3));
        }

        List<FeedEntry> feed = all(world.simulator.clusterFeed());
        assertThat(feed).isSortedAccordingTo(Comparator.comparing(FeedEntry::time))
                .isSortedAccordingTo(Comparator.comparingLong(FeedEntry::sequence));
        List<FeedEntry> serviceEvents = feed.stream().filter(e -> e.kind() == FeedKind.SERVICE).toList();
        assertThat(world.service("web").events()).hasSize(100);
        assertThat(serviceEvents).hasSizeGreaterThan(150).allMatch(e -> e.subject().equals("web"));
        assertThat(serviceEvents.get(0).message()).startsWith("(service web) has started 1 tasks: (task ");
        assertThat(serviceEvents).anyMatch(e -> e.message().equals("(service web) has reached a steady state."));
        assertThat(world.service("web").events().get(0).message())
                .isEqualTo(serviceEvents.get(serviceEvents.size() - 1).message());

        assertThat(feed).filteredOn(e -> e.kind() == FeedKind.SCALING).first().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("web");
            assertThat(e.message()).isEqualTo("Setting desired count to 2. Successfully set desired count to 2. "
                    + "Change successfully fulfilled by ecs. Cause: minimum capacity was set to 2");
        });
        assertThat(feed).filteredOn(e -> e.kind() == FeedKind.TASK).first().satisfies(e -> {
            assertThat(e.subject()).startsWith("task ");
            assertThat(e.message()).matches("Task [0-9a-f]{32} of service web \\(web:1\\) is stopping\\. Stop code: "
                    + "ServiceSchedulerInitiated\\. Stopped reason: Scaling activity initiated by \\(deployment "
                    + "ecs-svc/[0-9]+\\)");
        });
        List<FeedEntry> health = feed.stream().filter(e -> e.kind() == FeedKind.TARGET_HEALTH).toList();
        assertThat(health).isNotEmpty().allMatch(e -> e.subject().equals("tg-web"));
        assertThat(health).extracting(FeedEntry::message)
                .anyMatch(m -> m.matches("Target [0-9.]+:80 \\(task [0-9a-f]{32}\\) of service web in "
                        + "\\(target-group arn:aws:elasticloadbalancing:.*:targetgroup/tg-web/[0-9a-f]+\\) is "
                        + "healthy\\."))
                .anyMatch(m -> m.contains(" is draining (reason Target.DeregistrationInProgress"))
                .anyMatch(m -> m.endsWith(" is deregistered."));
    }

    @Test
    void anotherClusterHasItsOwnFeedAndPagesFollowTheSequence() {
        EcsFixture world = new EcsFixture(32).withCluster();
        world.fargateDefinition("web", "nginx:1.27");
        world.fargateService("web", "web:1", 2, dev.berth.core.model.DeploymentConfiguration.defaults());
        world.advance(Duration.ofMinutes(3));
        ClusterFeed feed = world.simulator.clusterFeed();
        assertThat(feed.entriesAfter("other", 0, 100)).isEmpty();
        List<FeedEntry> first = feed.entriesAfter(EcsFixture.CLUSTER, 0, 1);
        assertThat(first).hasSize(1);
        List<FeedEntry> rest = feed.entriesAfter(EcsFixture.CLUSTER, first.get(0).sequence(), 100);
        assertThat(rest).isNotEmpty().allMatch(e -> e.sequence() > first.get(0).sequence());
    }

    private static List<FeedEntry> all(ClusterFeed feed) {
        List<FeedEntry> entries = new ArrayList<>();
        List<FeedEntry> page;
        do {
            page = feed.entriesAfter(EcsFixture.CLUSTER, entries.isEmpty() ? 0
                    : entries.get(entries.size() - 1).sequence(), 100);
            entries.addAll(page);
        } while (!page.isEmpty());
        return entries;
    }
}
