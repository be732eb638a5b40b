package dev.berth.core.rollout;

import dev.berth.core.rollout.DeploymentPlan.Wave;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DeploymentPlanTest {

    @Test
    void halfMayStopFirstWhenNothingExtraMayRun() {
        DeploymentPlan plan = DeploymentPlan.preview(4, 50, 100);

        assertThat(plan.bounds()).isEqualTo(new DeploymentBounds(4, 2, 4));
        assertThat(plan.waves()).containsExactly(
                new Wave(0, 2, 2, 4),
                new Wave(2, 0, 2, 4),
                new Wave(0, 2, 2, 4),
                new Wave(2, 0, 2, 4));
        assertThat(plan.lowestHealthy()).isEqualTo(2);
        assertThat(plan.highestTotal()).isEqualTo(4);
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.completes()).isTrue();
    }

    @Test
    void theDefaultsStartEveryNewTaskThenStopEveryOldOne() {
        DeploymentPlan plan = DeploymentPlan.preview(4, 100, 200);

        assertThat(plan.waves()).containsExactly(new Wave(4, 0, 4, 8), new Wave(0, 4, 4, 8));
        assertThat(plan.lowestHealthy()).isEqualTo(4);
        assertThat(plan.highestTotal()).isEqualTo(8);
    }

    @Test
    void oneTaskWithMinimumZeroIsReplacedAtOnceAndTheServiceMayBeDown() {
        DeploymentPlan plan = DeploymentPlan.preview(1, 0, 200);

        assertThat(plan.waves()).containsExactly(new Wave(1, 1, 0, 2));
        assertThat(plan.lowestHealthy()).isZero();
        assertThat(plan.warnings()).containsExactly(PlanWarning.FULL_OUTAGE);
        assertThat(plan.completes()).isTrue();
    }

    @Test
    void oneTaskWithTheDefaultsStartsItsReplacementFirst() {
        DeploymentPlan plan = DeploymentPlan.preview(1, 100, 200);

        assertThat(plan.waves()).containsExactly(new Wave(1, 0, 1, 2), new Wave(0, 1, 1, 2));
        assertThat(plan.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "desired {0}, min {1} %, max {2} %")
    @CsvSource({"1, 100, 100", "1, 50, 150", "2, 75, 100", "3, 100, 125", "4, 100, 100"})
    void boundsThatAllowNeitherAStartNorAStopCannotMove(int desired, int min, int max) {
        DeploymentPlan plan = DeploymentPlan.preview(desired, min, max);

        assertThat(plan.waves()).isEmpty();
        assertThat(plan.warnings()).containsExactly(PlanWarning.CANNOT_MOVE);
        assertThat(plan.completes()).isFalse();
        assertThat(plan.lowestHealthy()).isEqualTo(desired);
    }

    @Test
    void twoOfThreeHealthyAtMostThreeRunningGoesOneByOne() {
        DeploymentPlan plan = DeploymentPlan.preview(3, 50, 125);

        assertThat(plan.bounds()).isEqualTo(new DeploymentBounds(3, 2, 3));
        assertThat(plan.waves()).extracting(Wave::started, Wave::stopped).containsExactly(
                tuple(0, 1), tuple(1, 0),
                tuple(0, 1), tuple(1, 0),
                tuple(0, 1), tuple(1, 0));
    }

    @Test
    void desiredZeroStartsNothing() {
        assertThat(DeploymentPlan.preview(0, 100, 200).waves()).isEmpty();
        assertThat(DeploymentPlan.preview(0, 100, 200).warnings()).containsExactly(PlanWarning.NOTHING_TO_DEPLOY);
        assertThat(DeploymentPlan.preview(3, 0, 100, 200).waves()).containsExactly(new Wave(0, 3, 0, 3));
    }

    @Test
    void aLargerDesiredCountStartsTheNewTasksBesideTheOldOnes() {
        DeploymentPlan plan = DeploymentPlan.preview(2, 4, 100, 200);

        assertThat(plan.waves()).containsExactly(new Wave(4, 0, 2, 6), new Wave(0, 2, 4, 6));
    }

    @Test
    void valuesAwsRefusesAreReportedInsteadOfPlanned() {
        DeploymentPlan plan = DeploymentPlan.preview(-1, 120, 90);

        assertThat(plan.waves()).isEmpty();
        assertThat(plan.warnings()).containsExactlyInAnyOrder(PlanWarning.INVALID_DESIRED_COUNT,
                PlanWarning.INVALID_MINIMUM_HEALTHY_PERCENT, PlanWarning.INVALID_MAXIMUM_PERCENT);
        assertThat(plan.completes()).isFalse();
    }

    @ParameterizedTest(name = "desired {0} → threshold {1}")
    @CsvSource({"0, 3", "1, 3", "5, 3", "6, 3", "7, 4", "25, 13", "399, 200", "400, 200", "2147483647, 200"})
    void circuitBreakerThresholdIsHalfTheDesiredCountBetweenThreeAndTwoHundred(int desired, int threshold) {
        assertThat(DeploymentBounds.circuitBreakerThreshold(desired)).isEqualTo(threshold);
    }

    @Test
    void boundsRoundTheMinimumUpAndTheMaximumDown() {
        assertThat(DeploymentBounds.of(3, 50, 150)).isEqualTo(new DeploymentBounds(3, 2, 4));
        assertThat(DeploymentBounds.of(Integer.MAX_VALUE, 100, 200).maximumTotal()).isEqualTo(Integer.MAX_VALUE);
    }
}
