package dev.berth.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.ClassicListener;
import dev.berth.core.model.CreateClassicLoadBalancerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.Matcher;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetGroupAttribute;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.elb.ElbCommands;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Load balancers are journaled and replayed like ECS, and the same seed and calls give the same target health. */
class LoadBalancerReplayTest {
    private static final Map<String, List<String>> NAMES = Map.of(EcsFixture.CLUSTER, List.of("web"));
    private final ObjectMapper json = new ObjectMapper();

    /** What every ELB command type and a load balanced service do in the first half hour. */
    private record Recorded(Simulator simulator, List<String> entries, long clock) {
    }

    private Recorded play(long seed) {
        JsonRecordingJournal journal = new JsonRecordingJournal();
        Simulator simulator = Simulator.create(WorldSettings.of("elb", seed, EcsFixture.START), journal);
        ElbGateway elb = simulator.elb();
        LoadBalancerFixture lb = new LoadBalancerFixture(simulator);
        TargetGroup group = lb.activeTargetGroup("ip");
        elb.modifyTargetGroupAttributes(group.targetGroupArn(),
                List.of(new TargetGroupAttribute(ElbGateway.DEREGISTRATION_DELAY, "60")));
        lb.world.fargateDefinition("web", "nginx:1.27");
        lb.world.faults.injectFault(new InjectFaultRequest(FaultKind.CONTAINER_HEALTH_CHECK_FAILS,
                FaultScope.cluster(EcsFixture.CLUSTER), 1));
        lb.fargateService("web", "web", 3, group, null);
        elb.registerTargets(group.targetGroupArn(), List.of(TargetDescription.of("172.31.200.1", 80)));
        lb.world.advance(Duration.ofMinutes(6));
        elb.modifyTargetGroup(new ModifyTargetGroupRequest(group.targetGroupArn(), null, null, "/health", null, 15,
                null, 3, null, new Matcher("200-299")));
        elb.deregisterTargets(group.targetGroupArn(), List.of(TargetDescription.of("172.31.200.1", 80)));
        lb.world.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "web", 1));
        TargetGroup spare = elb.createTargetGroup(CreateTargetGroupRequest.of("tg-spare", "TCP", 80, null, "ip"));
        elb.deleteTargetGroup(spare.targetGroupArn());
        elb.createClassicLoadBalancer(new CreateClassicLoadBalancerRequest("classic", List.of(
                new ClassicListener("HTTP", 80, "HTTP", 80)), LoadBalancerFixture.SUBNETS, List.of(), null));
        elb.deleteClassicLoadBalancer("classic");
        lb.world.advance(Duration.ofMinutes(5));
        String listener = elb.describeListeners(group.loadBalancerArns().get(0), null).get(0).listenerArn();
        elb.deleteListener(listener);
        elb.deleteLoadBalancer(group.loadBalancerArns().get(0));
        lb.world.advance(Duration.ofMinutes(20));
        return new Recorded(simulator, journal.entries(), journal.clock());
    }

    @Test
    void everyElbCommandSurvivesJsonAndTheReplayRebuildsTheSameWorld() throws Exception {
        Recorded original = play(17);

        Simulator rebuilt = Simulator.create(WorldSettings.of("elb", 17, EcsFixture.START), CommandJournal.none());
        List<Class<?>> types = new ArrayList<>();
        for (String entry : original.entries()) {
            JournalEntry read = json.readValue(entry, JournalEntry.class);
            assertThat(json.writeValueAsString(read)).isEqualTo(entry);
            types.add(read.command().getClass());
            rebuilt.replay(read);
        }
        rebuilt.advanceTo(Instant.ofEpochMilli(original.clock()));

        assertThat(types).contains(ElbCommands.CreateLoadBalancer.class, ElbCommands.DeleteLoadBalancer.class,
                ElbCommands.CreateTargetGroup.class, ElbCommands.DeleteTargetGroup.class,
                ElbCommands.ModifyTargetGroupAttributes.class, ElbCommands.CreateListener.class,
                ElbCommands.DeleteListener.class, ElbCommands.RegisterTargets.class,
                ElbCommands.DeregisterTargets.class, ElbCommands.CreateClassicLoadBalancer.class,
                ElbCommands.DeleteClassicLoadBalancer.class, ElbCommands.ModifyTargetGroup.class);
        assertThat(WorldSnapshot.of(rebuilt, NAMES)).isEqualTo(WorldSnapshot.of(original.simulator(), NAMES));
        assertThat(elbState(rebuilt)).isEqualTo(elbState(original.simulator()));
    }

    @Test
    void theSameSeedAndCallsGiveTheSameTargetHealthHistory() {
        Recorded first = play(29);
        Recorded second = play(29);

        WorldSnapshot snapshot = WorldSnapshot.of(first.simulator(), NAMES);
        assertThat(snapshot.services().get(0).events()).anyMatch(e -> e.message().contains("failed ELB health checks"));
        assertThat(snapshot).isEqualTo(WorldSnapshot.of(second.simulator(), NAMES));
        assertThat(elbState(first.simulator())).isEqualTo(elbState(second.simulator()));
    }

    private static List<Object> elbState(Simulator simulator) {
        ElbGateway elb = simulator.elb();
        List<Object> state = new ArrayList<>(elb.describeLoadBalancers(null, null));
        for (TargetGroup group : elb.describeTargetGroups(null, null, null)) {
            state.add(group);
            state.addAll(elb.describeTargetHealth(group.targetGroupArn(), List.of()));
        }
        return state;
    }
}
