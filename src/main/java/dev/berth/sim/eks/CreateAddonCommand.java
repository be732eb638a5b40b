package dev.berth.sim.eks;

import dev.berth.core.model.Addon;

/** CreateAddon. */
public record CreateAddonCommand(String clusterName, String addonName, String addonVersion) implements EksCommand<Addon> {
    @Override
    public Addon applyTo(EksWorld eks) {
        return eks.createAddon(clusterName, addonName, addonVersion);
    }
}
