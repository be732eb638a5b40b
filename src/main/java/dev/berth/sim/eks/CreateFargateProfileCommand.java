package dev.berth.sim.eks;

import dev.berth.core.model.CreateFargateProfileRequest;
import dev.berth.core.model.FargateProfile;

/** CreateFargateProfile. */
public record CreateFargateProfileCommand(CreateFargateProfileRequest request) implements EksCommand<FargateProfile> {
    @Override
    public FargateProfile applyTo(EksWorld eks) {
        return eks.createFargateProfile(request);
    }
}
