package dev.berth.core.rollout;

import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.HealthCheck;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.core.rollout.RolloutDiagnosis.Diagnosis;
import dev.berth.core.rollout.RolloutDiagnosis.Finding;
import dev.berth.core.rollout.RolloutDiagnosis.Verdict;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The explainer reads what a real simulator world shows after each way a rollout goes wrong. */
class RolloutDiagnosisTest {
    private static final Duration STEP = Duration.ofSeconds(5);

    @Test
    void aSteadyServiceIsSteady() {
        EcsFixture world = steady(new DeploymentConfiguration(100, 200, new DeploymentCircuitBreaker(true, true)));

        Diagnosis diagnosis = diagnose(world);

        assertThat(diagnosis.verdict()).isEqualTo(Verdict.STEADY);
        assertThat(diagnosis.headline()).isEqualTo("web is steady: 2 of 2 tasks of web:1 running.");
        assertThat(diagnosis.findings()).isEmpty();
    }

    @Test
    void aHealthyRolloutIsProgressingWithNothingInItsWay() {
        EcsFixture world = steady(new DeploymentConfiguration(100, 200, new DeploymentCircuitBreaker(true, true)));
        world.fargateDefinition("web", "nginxdemos/hello:0.3");

        world.ecs.updateService(update("web:3"));
        world.advance(Duration.ofSeconds(20));

        Diagnosis diagnosis = diagnose(world);
        assertThat(diagnosis.verdict()).isEqualTo(Verdict.PROGRESSING);
        assertThat(diagnosis.headline()).startsWith("web is rolling out web:3: ");
        assertThat(diagnosis.findings()).isEmpty();
    }

    @Test
    void minimumAndMaximumOfOneHundredPercentLeaveNoRoom() {
        EcsFixture world = steady(new DeploymentConfiguration(100, 100, new DeploymentCircuitBreaker(false, false)));
        world.fargateDefinition("web", "nginxdemos/hello:0.3");

        world.ecs.updateService(update("web:3"));
        world.advance(Duration.ofMinutes(10));

        Diagnosis diagnosis = diagnose(world);
        assertThat(diagnosis.verdict()).isEqualTo(Verdict.STUCK);
        assertThat(diagnosis.findings()).extracting(Finding::title)
                .containsExactly("The deployment settings leave no room to replace a task");
        assertThat(diagnosis.findings().get(0).explanation()).contains("at least 2 running", "at most 2 at once");
        assertThat(diagnosis.findings().get(0).evidence())
                .isEqualTo("minimumHealthyPercent 100, maximumPercent 100, desiredCount 2");
    }

    @Test
    void anImageThatCannotBePulledTripsTheBreakerAndTheExplainerSaysWhy() {
        EcsFixture world = steady(new DeploymentConfiguration(100, 200, new DeploymentCircuitBreaker(true, true)));

        world.ecs.updateService(update("web:2"));
        world.advanceUntil(w -> w.service("web").deployments().stream()
                .anyMatch(d -> "FAILED".equals(d.rolloutState())), STEP, Duration.ofMinutes(15));

        Diagnosis diagnosis = diagnose(world);
        assertThat(diagnosis.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(diagnosis.headline())
                .isEqualTo("The deployment of web:2 failed: ECS deployment circuit breaker: tasks failed to start.");
        assertThat(diagnosis.findings()).extracting(Finding::title)
                .containsExactly("The deployment circuit breaker tripped", "The image cannot be pulled");
        assertThat(diagnosis.findings().get(0).explanation()).contains("threshold of 3", "rolling back to web:1");
        assertThat(diagnosis.findings().get(1).evidence()).contains("CannotPullContainerError");
    }

    @Test
    void aContainerThatExitsOnStartIsNamedWithItsExitCode() {
        EcsFixture world = steady(new DeploymentConfiguration(100, 200, new DeploymentCircuitBreaker(false, false)));
        world.fargateDefinition("web", "nginxdemos/hello:0.3");
        world.faults.injectFault(InjectFaultRequest.untilCleared(FaultKind.ESSENTIAL_CONTAINER_EXITS,
                FaultScope.service(EcsFixture.CLUSTER, "web")));

        world.ecs.updateService(update("web:3"));
        world.advance(Duration.ofMinutes(4));

        Diagnosis diagnosis = diagnose(world);
        assertThat(diagnosis.verdict()).isEqualTo(Verdict.STUCK);
        assertThat(diagnosis.findings()).extracting(Finding::title).containsExactly("The container exits on start");
        assertThat(diagnosis.findings().get(0).evidence())
                .contains("Essential container in task exited", "exit code");
    }

    @Test
    void aFailingHealthCheckIsNamed() {
        EcsFixture world = steady(new DeploymentConfiguration(100, 200, new DeploymentCircuitBreaker(false, false)));
        world.fargateDefinition("web", "nginxdemos/hello:0.3", new HealthCheck(
                List.of("CMD-SHELL", "curl -f http://localhost/ || exit 1"), 10, 5, 3, 0));
        world.faults.injectFault(InjectFaultRequest.untilCleared(FaultKind.CONTAINER_HEALTH_CHECK_FAILS,
                new FaultScope(EcsFixture.CLUSTER, "web", "web:3", null)));

        world.ecs.updateService(update("web:3"));
        world.advance(Duration.ofMinutes(6));

        Diagnosis diagnosis = diagnose(world);
        assertThat(diagnosis.findings()).extracting(Finding::title).contains("The health check fails");
    }

    @Test
    void anExecutionRoleWithoutEcrPermissionIsExplainedInPlainWords() {
        EcsFixture world = steady(new DeploymentConfiguration(100, 200, new DeploymentCircuitBreaker(false, false)));
        world.simulator.iam().detachRolePolicy("ecsTaskExecutionRole",
                "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        world.fargateDefinition("web", EcsFixture.ECR_IMAGE);

        world.ecs.updateService(update("web:3"));
        world.advance(Duration.ofMinutes(3));

        Diagnosis diagnosis = diagnose(world);
        assertThat(diagnosis.verdict()).isEqualTo(Verdict.STUCK);
        assertThat(diagnosis.findings()).extracting(Finding::title)
                .containsExactly("The execution role cannot pull from ECR");
        assertThat(diagnosis.findings().get(0).explanation()).contains("(ecsTaskExecutionRole)",
                "ecr:GetAuthorizationToken");
        assertThat(diagnosis.findings().get(0).fix()).contains("AmazonECSTaskExecutionRolePolicy");
    }

    private static EcsFixture steady(DeploymentConfiguration configuration) {
        EcsFixture world = new EcsFixture(21).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateDefinition("web", EcsFixture.ECR_IMAGE);
        world.fargateService("web", "web:1", 2, configuration);
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(10));
        return world;
    }

    private static Diagnosis diagnose(EcsFixture world) {
        return RolloutDiagnosis.read(world.ecs, EcsFixture.CLUSTER, "web", world.simulator.now()).orElseThrow();
    }

    private static UpdateServiceRequest update(String taskDefinition) {
        return new UpdateServiceRequest(EcsFixture.CLUSTER, "web", taskDefinition, null, null, null, null, null, null,
                false);
    }
}
