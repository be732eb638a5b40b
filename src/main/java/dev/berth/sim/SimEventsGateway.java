package dev.berth.sim;

import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.PutTargetsResultEntry;
import dev.berth.core.model.Rule;
import dev.berth.core.model.RuleInvocation;
import dev.berth.core.model.Target;
import dev.berth.sim.events.DeleteRuleCommand;
import dev.berth.sim.events.PutRuleCommand;
import dev.berth.sim.events.PutTargetsCommand;
import dev.berth.sim.events.RemoveTargetsCommand;
import dev.berth.sim.events.RuleStateCommand;

import java.util.List;

/** The simulator behind {@link EventsGateway}: changes become journaled commands, reads look at the world. */
final class SimEventsGateway implements EventsGateway {
    private final Simulator simulator;

    SimEventsGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String putRule(PutRuleRequest request) {
        return simulator.execute(new PutRuleCommand(request));
    }

    @Override
    public Rule describeRule(String name) {
        return simulator.readEvents(e -> e.describeRule(name));
    }

    @Override
    public Page<Rule> listRules(String namePrefix, String nextToken, Integer limit) {
        return simulator.readEvents(e -> e.listRules(namePrefix, nextToken, limit));
    }

    @Override
    public List<PutTargetsResultEntry> putTargets(String rule, List<Target> targets) {
        return simulator.execute(new PutTargetsCommand(rule, targets));
    }

    @Override
    public Page<Target> listTargetsByRule(String rule, String nextToken, Integer limit) {
        return simulator.readEvents(e -> e.listTargetsByRule(rule, nextToken, limit));
    }

    @Override
    public List<PutTargetsResultEntry> removeTargets(String rule, List<String> ids) {
        return simulator.execute(new RemoveTargetsCommand(rule, ids));
    }

    @Override
    public void deleteRule(String name) {
        simulator.execute(new DeleteRuleCommand(name));
    }

    @Override
    public void enableRule(String name) {
        simulator.execute(new RuleStateCommand(name, true));
    }

    @Override
    public void disableRule(String name) {
        simulator.execute(new RuleStateCommand(name, false));
    }

    @Override
    public List<RuleInvocation> listRuleInvocations(String rule) {
        return simulator.readEvents(e -> e.listRuleInvocations(rule));
    }
}
