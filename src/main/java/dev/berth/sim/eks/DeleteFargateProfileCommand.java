package dev.berth.sim.eks;

import dev.berth.core.model.FargateProfile;

/** DeleteFargateProfile. */
public record DeleteFargateProfileCommand(String clusterName, String fargateProfileName) implements EksCommand<FargateProfile> {
    @Override
    public FargateProfile applyTo(EksWorld eks) {
        return eks.deleteFargateProfile(clusterName, fargateProfileName);
    }
}
