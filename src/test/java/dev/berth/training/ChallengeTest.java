package dev.berth.training;

import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.Metric;
import dev.berth.sim.MetricReads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario challenge, headless on a fresh world: its setup really breaks the world (the goal is not met, and
 * stays unmet while simulated time passes without the fix), its "Show me" fix solves it, and solving it is scored.
 */
class ChallengeTest {
    private static final ObjectiveChecker CHECKER = new ObjectiveChecker();
    private static final Duration WAITED = Duration.ofMinutes(30);

    @TempDir
    Path home;

    static List<Lesson> challenges() {
        return LessonCatalog.load().lessons().stream().filter(Lesson::isChallenge).toList();
    }

    @Test
    void theCatalogHasChallengesInTheirOwnGroupAfterTheLessons() {
        LessonCatalog catalog = LessonCatalog.load();

        assertThat(challenges()).extracting(Lesson::id).contains("challenge-frozen-rollout", "challenge-bad-image",
                "challenge-no-capacity", "challenge-missing-execution-role", "challenge-wrong-health-check",
                "challenge-scaled-in-capacity");
        Topic last = catalog.topics().get(catalog.topics().size() - 1);
        assertThat(last.title()).isEqualTo("Scenario challenges");
        assertThat(last.lessons()).allMatch(Lesson::isChallenge).containsExactlyElementsOf(challenges());
    }

    @Test
    void theMissingExecutionRoleFailsEveryPullForTheReasonTheDebriefGives() {
        Lesson challenge = LessonCatalog.load().lessons().stream()
                .filter(l -> l.id().equals("challenge-missing-execution-role")).findFirst().orElseThrow();
        Gateway world = FreshWorld.named(PracticeWorlds.worldName(challenge.id()), challenge.id().hashCode());

        new ShowMe().perform(challenge.setup(), world);

        Objective pullDenied = new Objective.TaskStopped("OrdersCluster", "ResourceInitializationError: unable to "
                + "pull secrets or registry auth", "orders-api");
        Objective ecrDenied = new Objective.TaskStopped("OrdersCluster", "role/ordersApiExecutionRole/",
                "orders-api");
        assertThat(CHECKER.check(pullDenied, world).met()).isTrue();
        assertThat(CHECKER.check(ecrDenied, world).detail()).contains("not authorized to perform: "
                + "ecr:GetAuthorizationToken");
    }

    @Test
    void theScaledInGroupIsAtItsMaximumWhileManagedScalingAsksForThreeInstances() {
        Lesson challenge = LessonCatalog.load().lesson("challenge-scaled-in-capacity").orElseThrow();
        Gateway world = FreshWorld.named(PracticeWorlds.worldName(challenge.id()), challenge.id().hashCode());

        new ShowMe().perform(challenge.setup(), world);

        assertThat(world.autoScalingGroups().describeAutoScalingGroups(List.of())).singleElement()
                .satisfies(group -> {
                    assertThat(group.desiredCapacity()).isEqualTo(1);
                    assertThat(group.maxSize()).isEqualTo(1);
                });
        String provider = world.ecs().describeClusters(List.of("BatchCluster")).items().get(0).capacityProviders()
                .stream().filter(p -> p.contains("EC2CapacityProvider")).findFirst().orElseThrow();
        Instant now = world.simulationClock().orElseThrow().now();
        List<Double> reservation = MetricReads.perMinute(world.cloudWatch(), Metric.capacityProviderReservation(
                "BatchCluster", provider), now.minus(Duration.ofMinutes(5)), now).values();
        assertThat(reservation).isNotEmpty().containsOnly(300.0);
    }

    @Test
    void theWrongHealthCheckPathStopsTasksForFailingElbHealthChecks() {
        Lesson challenge = LessonCatalog.load().lesson("challenge-wrong-health-check").orElseThrow();
        Gateway world = FreshWorld.named(PracticeWorlds.worldName(challenge.id()), challenge.id().hashCode());

        new ShowMe().perform(challenge.setup(), world);

        Objective replaced = new Objective.TaskStopped("WebCluster", "failed ELB health checks in (target-group "
                + "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/storefront-tg/", "storefront");
        assertThat(CHECKER.check(replaced, world).met()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("challenges")
    void theSetupBreaksTheWorldUntilTheFixIsMade(Lesson challenge) {
        Gateway world = FreshWorld.named(PracticeWorlds.worldName(challenge.id()), challenge.id().hashCode());
        TrainingProgress progress = TrainingProgress.open(home.resolve("progress.json"), FreshWorld.START);
        LessonRun run = new Training(LessonCatalog.load(), progress, PracticeWorlds.currentWorld(world))
                .open(challenge);
        List<Objective> goal = challenge.steps().get(0).objectives();

        for (int minutes = 0; minutes <= WAITED.toMinutes(); minutes += 5) {
            assertThat(goal).as("after %d more simulated minutes without the fix", minutes)
                    .noneMatch(objective -> CHECKER.check(objective, world).met());
            world.simulationClock().orElseThrow().step(Duration.ofMinutes(5));
        }
        assertThat(run.check().objectivesDone()).isFalse();
        assertThat(progress.challenge(challenge.id()).solved()).isFalse();

        LessonState solved = run.showMe();

        assertThat(solved.steps().get(0).objectives()).allSatisfy(objective -> assertThat(objective.met())
                .as("%s (last seen: %s)", objective.objective().description(), objective.detail()).isTrue());
        int minutesOver = (int) Math.max(0, WAITED.plusMinutes(5).toMinutes() + fixMinutes(challenge)
                - challenge.challenge().parMinutes());
        assertThat(solved.challenge().score()).isEqualTo(Math.max(0, ChallengeScore.START - ChallengeScore.SHOW_ME
                - ChallengeScore.PER_MINUTE_OVER_PAR * minutesOver));
    }

    @Test
    void hintsCostPointsAndANewAttemptKeepsTheBestScore() {
        Lesson challenge = LessonCatalog.load().lesson("challenge-frozen-rollout").orElseThrow();
        RecordingPracticeWorlds worlds = new RecordingPracticeWorlds();
        TrainingProgress progress = TrainingProgress.open(home.resolve("progress.json"), FreshWorld.START);
        Training training = new Training(LessonCatalog.load(), progress, worlds);
        LessonRun run = training.open(challenge);

        run.hintShown();
        run.hintShown();
        new ShowMe().perform(challenge.steps().get(0).showMe(), worlds.world());
        LessonState solved = run.check();

        assertThat(solved.challenge().hintsShown()).isEqualTo(2);
        assertThat(solved.challenge().fixShown()).isFalse();
        assertThat(solved.challenge().score()).isEqualTo(80);

        LessonRun again = training.reset(challenge);
        for (int hint = 0; hint < 5; hint++) {
            again.hintShown();
        }
        assertThat(progress.challenge(challenge.id()).hintsShown()).as("no more hints than the goal has")
                .isEqualTo(challenge.steps().get(0).hints().size());
        LessonState shown = again.showMe();

        assertThat(shown.challenge().score()).isEqualTo(100 - 3 * ChallengeScore.PER_HINT - ChallengeScore.SHOW_ME);
        assertThat(shown.challenge().bestScore()).isEqualTo(80);
        assertThat(TrainingProgress.open(home.resolve("progress.json"), FreshWorld.START)
                .challenge(challenge.id()).bestScore()).as("after a restart").isEqualTo(80);
    }

    @Test
    void aScoreLosesPointsPerWholeMinuteBeyondParAndNeverGoesBelowZero() {
        Challenge par10 = new Challenge(10, "debrief");

        assertThat(ChallengeScore.of(par10, 0, false, Duration.ofMinutes(10))).isEqualTo(100);
        assertThat(ChallengeScore.of(par10, 0, false, Duration.ofSeconds(10 * 60 + 59))).isEqualTo(100);
        assertThat(ChallengeScore.of(par10, 0, false, Duration.ofMinutes(13))).isEqualTo(94);
        assertThat(ChallengeScore.of(par10, 1, true, Duration.ofMinutes(12))).isEqualTo(36);
        assertThat(ChallengeScore.of(par10, 3, true, Duration.ofHours(2))).isZero();
    }

    /** The simulated minutes the fix itself lets pass. */
    private static long fixMinutes(Lesson challenge) {
        return challenge.steps().get(0).showMe().stream().filter(WorldAction.AdvanceClock.class::isInstance)
                .mapToInt(action -> ((WorldAction.AdvanceClock) action).seconds()).sum() / 60;
    }
}
