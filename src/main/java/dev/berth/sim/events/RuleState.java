package dev.berth.sim.events;

import dev.berth.core.model.Rule;
import dev.berth.core.model.Target;
import dev.berth.sim.scaling.ScheduleExpression;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A rule and its targets. Each put or state change starts a new generation, so older planned firings do nothing. */
final class RuleState {
    final String arn;
    final Map<String, Target> targets = new LinkedHashMap<>();
    Rule rule;
    EventPattern pattern;
    ScheduleExpression schedule;
    /** Where a rate schedule counts from: when the rule was last put or enabled. */
    Instant rateAnchor;
    long generation;

    RuleState(String arn) {
        this.arn = arn;
    }
}
