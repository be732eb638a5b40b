package dev.berth.core.rollout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentHistoryExportTest {
    private static DeploymentHistory history;

    /** One task that failed to start (its reason full of commas), then its healthy replacement. */
    @BeforeAll
    static void record() {
        EcsFixture world = new EcsFixture(71).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.faults.injectFault(new InjectFaultRequest(FaultKind.IMAGE_PULL_ACCESS_DENIED,
                FaultScope.cluster(EcsFixture.CLUSTER), 1));
        world.fargateService("web", "web:1", 1, DeploymentConfiguration.defaults());
        DeploymentRecorder recorder = new DeploymentRecorder(EcsFixture.CLUSTER, "web");
        world.advanceUntil(w -> {
            recorder.poll(w.ecs, w.simulator.now());
            return w.steady("web");
        }, Duration.ofSeconds(5), Duration.ofMinutes(10));
        history = recorder.history();
    }

    @Test
    void jsonHoldsEveryPartOfTheHistory() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DeploymentHistoryExport.json(history));

        assertThat(json.get("serviceName").asText()).isEqualTo("web");
        assertThat(json.get("from").asText()).isEqualTo(history.from().toString());
        assertThat(json.get("to").asText()).isEqualTo(history.to().toString());
        assertThat(json.get("lanes")).hasSize(2);
        JsonNode failed = json.get("lanes").get(0);
        assertThat(failed.get("failed").asBoolean()).isTrue();
        assertThat(failed.get("stopCode").asText()).isEqualTo("TaskFailedToStart");
        assertThat(failed.get("healthyAt").isNull()).isTrue();
        assertThat(failed.get("phases")).extracting(p -> p.get("phase").asText())
                .containsExactly("PROVISIONING", "PENDING", "STOPPING", "STOPPED");
        assertThat(failed.get("phases").get(3).get("end").isNull()).isTrue();
        JsonNode healthy = json.get("healthyByRevision").get(0);
        assertThat(healthy.get("taskDefinition").asText()).isEqualTo("web:1");
        assertThat(healthy.get("healthy")).extracting(s -> s.get("count").asInt()).containsExactly(0, 1);
        assertThat(json.get("bounds").get(0).get("minimumHealthy").asInt()).isEqualTo(1);
        assertThat(json.get("bounds").get(0).get("maximumTotal").asInt()).isEqualTo(2);
        assertThat(json.get("breakers").get(0).get("steps")).isNotEmpty();
        assertThat(json.get("deployments")).singleElement().satisfies(d -> {
            assertThat(d.get("rolloutState").asText()).isEqualTo("COMPLETED");
            assertThat(d.get("finishedAt").asText()).isEqualTo(history.deployments().get(0).finishedAt().toString());
        });
        assertThat(json.get("events")).hasSize(history.events().size());
        assertThat(json.get("events").get(0).get("taskIds").get(0).asText())
                .isEqualTo(history.lanes().get(0).taskId());
    }

    @Test
    void phasesCsvHasOneRowPerPhaseAndQuotesCellsWithCommas() {
        List<String> rows = lines(DeploymentHistoryExport.phasesCsv(history));

        assertThat(rows.get(0)).isEqualTo("taskId,taskDefinition,deploymentId,phase,start,end,failed,stopCode,"
                + "stoppedReason");
        assertThat(rows).hasSize(1 + history.lanes().stream().mapToInt(l -> l.phases().size()).sum());
        TaskLane failed = history.lanes().get(0);
        assertThat(rows.get(1)).isEqualTo(String.join(",", failed.taskId(), "web:1", failed.deploymentId(),
                "PROVISIONING", failed.phases().get(0).start().toString(), failed.phases().get(0).end().toString(),
                "true", "TaskFailedToStart", "\"" + failed.stoppedReason() + "\""));
        assertThat(failed.stoppedReason()).contains(",");
        assertThat(rows.get(4)).as("STOPPED has no end yet").contains(",STOPPED," + failed.phases().get(3).start()
                + ",,true,");
    }

    @Test
    void seriesAndEventsCsvAreLongTables() {
        List<String> series = lines(DeploymentHistoryExport.seriesCsv(history));
        List<String> events = lines(DeploymentHistoryExport.eventsCsv(history));

        assertThat(series.get(0)).isEqualTo("series,subject,at,value");
        assertThat(series).contains("healthy,web:1," + history.from() + ",0",
                "minimumHealthy,," + history.from() + ",1", "maximumTotal,," + history.from() + ",2");
        assertThat(series).anyMatch(row -> row.startsWith("failedTasks,ecs-svc/"))
                .anyMatch(row -> row.startsWith("threshold,ecs-svc/") && row.endsWith(",3"));
        assertThat(events.get(0)).isEqualTo("at,message,taskIds");
        assertThat(events).hasSize(1 + history.events().size());
        assertThat(events.get(1)).endsWith(",(service web) has started 1 tasks: (task "
                + history.lanes().get(0).taskId() + ").," + history.lanes().get(0).taskId());
    }

    private static List<String> lines(String csv) {
        assertThat(csv).endsWith("\r\n");
        return List.of(csv.split("\r\n"));
    }
}
