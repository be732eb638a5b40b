package dev.berth.sim;

import dev.berth.core.gateway.LoadSimulation;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.MetricDataResult;
import dev.berth.sim.scaling.DeleteAlarmsCommand;
import dev.berth.sim.scaling.PutMetricAlarmCommand;
import dev.berth.sim.scaling.SetLoadProfileCommand;
import dev.berth.sim.sqs.SqsCommands;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The simulator's load profiles, metrics and alarms: changes become journaled commands. */
final class SimLoadSimulation implements LoadSimulation {
    private final Simulator simulator;

    SimLoadSimulation(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void setLoadProfile(String cluster, String service, LoadProfile profile) {
        simulator.execute(SetLoadProfileCommand.of(cluster, service, profile));
    }

    @Override
    public Optional<LoadProfile> loadProfile(String cluster, String service) {
        return simulator.readScaling(s -> s.loadProfile(cluster, service));
    }

    @Override
    public List<MetricDataResult> getMetricData(String cluster, String service, Instant startTime, Instant endTime) {
        return simulator.readScaling(s -> s.getMetricData(cluster, service, startTime, endTime));
    }

    @Override
    public void putMetricAlarm(MetricAlarm alarm) {
        simulator.execute(new PutMetricAlarmCommand(alarm));
    }

    @Override
    public List<MetricAlarm> describeAlarms() {
        return simulator.readScaling(s -> s.describeAlarms());
    }

    @Override
    public void deleteAlarms(List<String> alarmNames) {
        simulator.execute(new DeleteAlarmsCommand(List.copyOf(alarmNames)));
    }

    @Override
    public void setProducerLoad(String queueUrl, LoadProfile profile) {
        simulator.execute(SqsCommands.SetProducerLoad.of(queueUrl, profile));
    }

    @Override
    public Optional<LoadProfile> producerLoad(String queueUrl) {
        return simulator.readSqs(sqs -> sqs.producerLoad(queueUrl));
    }

    public List<MetricDataResult> getCapacityProviderMetricData(String cluster, String capacityProvider,
                                                                Instant startTime, Instant endTime) {
        return simulator.read(ecs -> ecs.capacityProviderMetrics(cluster, capacityProvider, startTime, endTime));
    }
}
