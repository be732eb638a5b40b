package dev.berth.ui.events;

import dev.berth.core.model.Rule;
import dev.berth.core.model.RuleInvocation;
import dev.berth.core.model.Target;

import java.util.List;

/** A rule that runs tasks in the shown cluster: the rule, its target there, and its latest invocations. */
record ScheduledTask(Rule rule, Target target, List<RuleInvocation> invocations) {
}
