package dev.berth.aws;

import dev.berth.contract.LocalAws;
import dev.berth.core.gateway.ApiCalls;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refresh of a big cluster (250 services, 2,000 tasks) over the SDK makes exactly the calls AWS's limits allow at
 * the least: list pages of 100, DescribeServices by 10, DescribeTasks by 100; no retries.
 */
class RefreshCallCountTest {
    private static final int SERVICES = 250;
    private static final int TASKS_PER_SERVICE = 8;

    @Test
    void aBigClusterIsReadInTheFewestCallsTheBatchLimitsAllow() {
        EcsFixture world = new EcsFixture(9).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        for (int i = 0; i < SERVICES; i++) {
            world.fargateService("svc-" + i, "web:1", TASKS_PER_SERVICE, null);
        }
        try (LocalAws aws = LocalAws.serve(world.ecs, false)) {
            EcsInventory inventory = EcsInventory.of(aws.gateway());
            ApiCalls calls = aws.gateway().apiCalls().orElseThrow();
            ApiCalls.Snapshot before = calls.snapshot();

            assertThat(inventory.services(EcsFixture.CLUSTER)).hasSize(SERVICES);
            assertThat(inventory.tasks(EcsFixture.CLUSTER, "RUNNING")).hasSize(SERVICES * TASKS_PER_SERVICE);

            ApiCalls.Snapshot refresh = calls.snapshot().since(before);
            int tasks = SERVICES * TASKS_PER_SERVICE;
            assertThat(refresh.of("ListServices")).isEqualTo(ceil(SERVICES, 100)).isEqualTo(3);
            assertThat(refresh.of("DescribeServices"))
                    .isEqualTo(ceil(SERVICES, EcsGateway.DESCRIBE_SERVICES_LIMIT)).isEqualTo(25);
            assertThat(refresh.of("ListTasks")).isEqualTo(ceil(tasks, 100)).isEqualTo(20);
            assertThat(refresh.of("DescribeTasks")).isEqualTo(ceil(tasks, EcsGateway.DESCRIBE_BATCH_LIMIT))
                    .isEqualTo(20);
            assertThat(refresh.total()).isEqualTo(68);
            assertThat(refresh.attempts()).as("no call was retried").isEqualTo(68);
        }
    }

    private static long ceil(int items, int perCall) {
        return (items + perCall - 1) / perCall;
    }
}
