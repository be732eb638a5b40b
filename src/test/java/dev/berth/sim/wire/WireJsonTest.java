package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timestamps go on the wire as epoch seconds with a three-digit fraction, and come back to the millisecond; the fast
 * mapper writes what Jackson's reflection writes.
 */
class WireJsonTest {
    private final ObjectMapper mapper = WireJson.mapper();

    @Test
    void epochSecondsAreWrittenAsBigDecimalWritesThem() {
        for (long millis : new long[]{0, 5, 40, 999, 1000, 1_700_000_000_250L, 1_700_000_000_000L, -5, -1001,
                -86_400_000L, 253_402_300_799_999L}) {
            assertThat(WireJson.epochSeconds(millis)).isEqualTo(BigDecimal.valueOf(millis).movePointLeft(3).toString());
        }
    }

    @Test
    void anInstantRoundTripsToTheMillisecond() throws Exception {
        Instant at = Instant.parse("2026-11-25T10:00:00.007Z");
        String json = mapper.writeValueAsString(Map.of("createdAt", at));
        assertThat(json).isEqualTo("{\"createdAt\":1795600800.007}");
        assertThat(mapper.readValue("1795600800.007", Instant.class)).isEqualTo(at);
    }

    @Test
    void theWireMapperWritesTheDemoWorldAsJacksonsReflectionDoes() throws Exception {
        Simulator simulator = Simulator.create(new WorldSettings("wire", 42, Instant.parse("2026-03-01T09:00:00Z"),
                "us-east-1", "123456789012"), CommandJournal.none());
        DemoWorld.populate(simulator);
        var ecs = simulator.ecs();
        String cluster = DemoWorld.CLUSTER;
        List<String> tasks = ecs.listTasks(new ListTasksRequest(cluster, null, null, null, null, null, null, null))
                .items();
        Service service = ecs.describeServices(cluster, List.of(DemoWorld.SERVICE)).items().get(0);
        assertThat(service.events()).as("events, with their timestamps and messages").isNotEmpty();
        assertThat(tasks).isNotEmpty();
        List<Object> answers = List.of(
                ecs.describeClusters(List.of(cluster, "missing")),
                ecs.describeServices(cluster, List.of(DemoWorld.SERVICE, "missing")),
                ecs.describeTasks(cluster, tasks),
                ecs.describeTaskDefinition(DemoWorld.FAMILY),
                simulator.eks().describeCluster(DemoWorld.EKS_CLUSTER),
                simulator.ecr().describeRepositories(List.of(), null, null));
        ObjectMapper reflective = WireJson.reflective();
        for (Object answer : answers) {
            String expected = reflective.writeValueAsString(answer);
            assertThat(mapper.writeValueAsString(answer)).isEqualTo(expected);
            assertThat(mapper.writeValueAsBytes(answer)).as("written again, service events from what was written")
                    .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void serviceEventsAreWrittenOnceAndTheirJsonKeptForAtMostTheLimit() throws Exception {
        ObjectMapper wire = WireJson.mapper();
        ObjectMapper reflective = WireJson.reflective();
        ServiceEvent event = new ServiceEvent("e-1", Instant.parse("2026-11-25T10:00:00.007Z"),
                "(service web) has reached a steady state. \"quoted\" \u00e9");
        String expected = reflective.writeValueAsString(List.of(event, event));
        assertThat(wire.writeValueAsString(List.of(event, event))).isEqualTo(expected);
        assertThat(wire.writeValueAsString(List.of(new ServiceEvent("e-1", event.createdAt(), event.message()),
                event))).as("an equal event, another instance").isEqualTo(expected);
        assertThat(wire.writeValueAsString(new ServiceEvent("e-2", event.createdAt(), "other")))
                .isEqualTo(reflective.writeValueAsString(new ServiceEvent("e-2", event.createdAt(), "other")));
        WrittenOnce cache = (WrittenOnce) wire.getSerializerProviderInstance().findValueSerializer(ServiceEvent.class);
        assertThat(cache.kept()).isEqualTo(2);
        for (int i = 0; i < WrittenOnce.KEPT; i++) {
            wire.writeValueAsBytes(new ServiceEvent("many-" + i, event.createdAt(), "m"));
        }
        assertThat(cache.kept()).isLessThanOrEqualTo(WrittenOnce.KEPT);
        assertThat(wire.writeValueAsString(event)).isEqualTo(reflective.writeValueAsString(event));
    }
}
