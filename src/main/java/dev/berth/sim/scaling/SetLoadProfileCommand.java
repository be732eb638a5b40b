package dev.berth.sim.scaling;

import dev.berth.core.model.LoadProfile;

/** The load a simulated service receives from now on. */
public record SetLoadProfileCommand(String cluster, String service, LoadProfile profile)
        implements ScalingCommand<Void> {
    @Override
    public Void applyTo(ScalingWorld scaling) {
        return scaling.setLoadProfile(cluster, service, profile);
    }
}
