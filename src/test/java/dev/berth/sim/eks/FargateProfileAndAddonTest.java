package dev.berth.sim.eks;

import dev.berth.core.model.Addon;
import dev.berth.core.model.CreateFargateProfileRequest;
import dev.berth.core.model.FargateProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.eks.EksFixture.CLUSTER;
import static dev.berth.sim.eks.EksFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class FargateProfileAndAddonTest {
    private static final String POD_ROLE = "arn:aws:iam::123456789012:role/AmazonEKSFargatePodExecutionRole";
    private final EksFixture world = new EksFixture(31).withActiveCluster(null);

    private static CreateFargateProfileRequest profile(String name, List<FargateProfile.Selector> selectors) {
        return new CreateFargateProfileRequest(name, CLUSTER, POD_ROLE, null, selectors, null);
    }

    @Test
    void aProfileNeedsASelectorAndBecomesActiveAfterItsCreation() {
        assertRefused(() -> world.eks.createFargateProfile(profile("fp", List.of())), "InvalidParameterException",
                "Fargate Profile requires at least one selector.");

        FargateProfile created = world.eks.createFargateProfile(profile("fp", List.of(
                new FargateProfile.Selector("default", Map.of("app", "web")))));

        assertThat(created.status()).isEqualTo("CREATING");
        assertThat(created.subnets()).isEqualTo(world.eks.describeCluster(CLUSTER).resourcesVpcConfig().subnetIds());
        assertRefused(() -> world.eks.createFargateProfile(profile("other", List.of(
                new FargateProfile.Selector("kube-system", null)))), "ResourceInUseException",
                "Cannot create or delete a Fargate Profile while Fargate Profile fp is in CREATING status");
        world.advance(Duration.ofSeconds(150));
        assertThat(world.eks.describeFargateProfile(CLUSTER, "fp").status()).isEqualTo("ACTIVE");
        assertThat(world.eks.listFargateProfiles(CLUSTER, null, null).items()).containsExactly("fp");
        assertRefused(() -> world.eks.deleteCluster(CLUSTER), "ResourceInUseException",
                "Cluster has fargate profiles attached");

        world.eks.deleteFargateProfile(CLUSTER, "fp");
        world.advance(Duration.ofSeconds(150));
        assertRefused(() -> world.eks.describeFargateProfile(CLUSTER, "fp"), "ResourceNotFoundException",
                "No Fargate Profile found with name: fp.");
    }

    @Test
    void addOnsAreListedWithTheirVersions() {
        Addon proxy = world.eks.createAddon(CLUSTER, "kube-proxy", null);
        world.eks.createAddon(CLUSTER, "vpc-cni", null);
        world.advance(Duration.ofMinutes(1));

        assertThat(proxy.addonVersion()).startsWith("v" + KubernetesVersions.DEFAULT + ".");
        assertThat(world.eks.listAddons(CLUSTER, null, null).items()).containsExactly("kube-proxy", "vpc-cni");
        assertThat(world.eks.describeAddon(CLUSTER, "vpc-cni").status()).isEqualTo("ACTIVE");
        assertRefused(() -> world.eks.createAddon(CLUSTER, "vpc-cni", null), "ResourceInUseException",
                "Addon already exists.");
        assertRefused(() -> world.eks.describeAddon(CLUSTER, "coredns"), "ResourceNotFoundException",
                "No addon: coredns found in cluster.");
    }
}
