package dev.berth.ui.services;

import dev.berth.core.rollout.DeploymentPlan;
import dev.berth.core.rollout.PlanWarning;

import java.util.ArrayList;
import java.util.List;

/** A deployment plan in a few lines a person reads before pressing Update. */
final class PlanText {
    private static final int WAVES_SHOWN = 8;

    private PlanText() {
    }

    static String of(DeploymentPlan plan) {
        List<String> lines = new ArrayList<>();
        List<DeploymentPlan.Wave> waves = plan.waves();
        lines.add(waves.size() + (waves.size() == 1 ? " wave" : " waves") + "; at least " + plan.lowestHealthy()
                + " healthy, at most " + plan.highestTotal() + " tasks (bounds " + plan.bounds().minimumHealthy()
                + "–" + plan.bounds().maximumTotal() + ").");
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < Math.min(waves.size(), WAVES_SHOWN); i++) {
            steps.add((i + 1) + ": " + step(waves.get(i)));
        }
        if (waves.size() > WAVES_SHOWN) {
            steps.add("… " + (waves.size() - WAVES_SHOWN) + " more");
        }
        if (!steps.isEmpty()) {
            lines.add(String.join(" · ", steps));
        }
        for (PlanWarning warning : plan.warnings()) {
            lines.add((warning.blocking() ? "Blocked: " : "Warning: ") + warning.message());
        }
        return String.join("\n", lines);
    }

    private static String step(DeploymentPlan.Wave wave) {
        List<String> parts = new ArrayList<>();
        if (wave.started() > 0) {
            parts.add("start " + wave.started());
        }
        if (wave.stopped() > 0) {
            parts.add("stop " + wave.stopped());
        }
        return String.join(", ", parts);
    }
}
