package dev.berth.sim.scaling;

import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.LoadShape;

import java.time.Instant;

/**
 * The load a simulated service receives from now on. Times are kept as epoch milliseconds so the journal's plain
 * JSON reads them back.
 */
public record SetLoadProfileCommand(
        String cluster,
        String service,
        LoadShape shape,
        double baseRequestsPerMinute,
        double peakRequestsPerMinute,
        long startEpochMillis,
        int durationMinutes,
        double requestsPerTaskAtFullCpu)
        implements ScalingCommand<Void> {

    public static SetLoadProfileCommand of(String cluster, String service, LoadProfile profile) {
        return new SetLoadProfileCommand(cluster, service, profile.shape(), profile.baseRequestsPerMinute(),
                profile.peakRequestsPerMinute(), profile.startTime().toEpochMilli(), profile.durationMinutes(),
                profile.requestsPerTaskAtFullCpu());
    }

    @Override
    public Void applyTo(ScalingWorld scaling) {
        return scaling.setLoadProfile(cluster, service, new LoadProfile(shape, baseRequestsPerMinute,
                peakRequestsPerMinute, Instant.ofEpochMilli(startEpochMillis), durationMinutes,
                requestsPerTaskAtFullCpu));
    }
}
