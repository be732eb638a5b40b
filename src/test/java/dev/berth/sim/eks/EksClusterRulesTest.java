package dev.berth.sim.eks;

import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.VpcConfigRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.berth.sim.eks.EksFixture.CLUSTER;
import static dev.berth.sim.eks.EksFixture.assertRefused;
import static dev.berth.sim.eks.EksFixture.clusterRequest;
import static dev.berth.sim.eks.EksFixture.nodegroupRequest;
import static org.assertj.core.api.Assertions.assertThat;

class EksClusterRulesTest {
    private final EksFixture world = new EksFixture(7);

    @Test
    void aClusterIsCreatingForTenMinutesWithoutEndpointThenActive() {
        EksCluster created = world.eks.createCluster(clusterRequest(CLUSTER, null));

        assertThat(created.status()).isEqualTo("CREATING");
        assertThat(created.arn()).isEqualTo("arn:aws:eks:us-east-1:123456789012:cluster/DemoEKS");
        assertThat(created.version()).isEqualTo(KubernetesVersions.DEFAULT);
        assertThat(created.endpoint()).isNull();
        assertThat(created.certificateAuthority()).isNull();
        assertThat(created.resourcesVpcConfig().endpointPublicAccess()).isTrue();
        world.advance(Duration.ofSeconds(599));
        assertThat(world.eks.describeCluster(CLUSTER).status()).isEqualTo("CREATING");

        world.advance(Duration.ofSeconds(1));

        EksCluster active = world.eks.describeCluster(CLUSTER);
        assertThat(active.status()).isEqualTo("ACTIVE");
        assertThat(active.endpoint()).matches("https://[0-9A-F]{32}\\.gr7\\.us-east-1\\.eks\\.amazonaws\\.com");
        assertThat(active.identity().oidc().issuer()).endsWith(active.endpoint().substring(8, 40));
        assertThat(active.certificateAuthority().data()).isNotBlank();
        assertThat(active.platformVersion()).startsWith("eks.");
        assertThat(world.eks.listClusters(null, null).items()).containsExactly(CLUSTER);
    }

    @Test
    void namesAreUniquePerRegion() {
        world.eks.createCluster(clusterRequest(CLUSTER, null));

        assertRefused(() -> world.eks.createCluster(clusterRequest(CLUSTER, "1.34")), "ResourceInUseException",
                "Cluster already exists with name: DemoEKS");
    }

    @Test
    void unsupportedVersionsMissingClustersAndOneSubnetAreRefused() {
        assertRefused(() -> world.eks.createCluster(clusterRequest("old", "1.24")), "InvalidParameterException",
                "unsupported Kubernetes version 1.24");
        assertRefused(() -> world.eks.describeCluster("prod"), "ResourceNotFoundException",
                "No cluster found for name: prod.");
        var oneSubnet = new CreateEksClusterRequest("one", null, clusterRequest("x", null).roleArn(),
                VpcConfigRequest.subnets(List.of("subnet-0a1b2c3d4e5f60718")), null);
        assertRefused(() -> world.eks.createCluster(oneSubnet), "InvalidParameterException",
                "Subnets specified must be in at least two different AZs");
        assertThat(world.eks.listClusters(null, null).items()).isEmpty();
    }

    @Test
    void nodeGroupsWaitForAnActiveCluster() {
        world.eks.createCluster(clusterRequest(CLUSTER, null));

        assertRefused(() -> world.eks.createNodegroup(nodegroupRequest("ng", null, null)),
                "InvalidRequestException", "Cluster 'DemoEKS' is not in ACTIVE status");
    }

    @Test
    void aClusterWithNodeGroupsCannotBeDeletedAndAnEmptyOneGoesAfterFiveMinutes() {
        world.withActiveCluster(null).withActiveNodegroup(1, null);

        assertRefused(() -> world.eks.deleteCluster(CLUSTER), "ResourceInUseException",
                "Cluster has nodegroups attached");

        world.eks.deleteNodegroup(CLUSTER, EksFixture.NODEGROUP);
        world.advance(Duration.ofMinutes(5));
        assertThat(world.eks.deleteCluster(CLUSTER).status()).isEqualTo("DELETING");
        world.advance(Duration.ofSeconds(299));
        assertThat(world.eks.describeCluster(CLUSTER).status()).isEqualTo("DELETING");
        world.advance(Duration.ofSeconds(1));
        assertRefused(() -> world.eks.describeCluster(CLUSTER), "ResourceNotFoundException",
                "No cluster found for name: DemoEKS.");
    }

    @Test
    void aVersionUpdateGoesOneMinorVersionUpAndTakesTwentyFiveMinutes() {
        world.withActiveCluster("1.34");
        assertRefused(() -> world.eks.updateClusterVersion(CLUSTER, "1.36"), "InvalidParameterException",
                "Unsupported Kubernetes minor version update from 1.34 to 1.36");

        EksUpdate update = world.eks.updateClusterVersion(CLUSTER, "1.35");

        assertThat(update.type()).isEqualTo("VersionUpdate");
        assertThat(update.status()).isEqualTo("InProgress");
        assertThat(update.params()).contains(new EksUpdate.Param("Version", "1.35"));
        assertThat(world.eks.describeCluster(CLUSTER).status()).isEqualTo("UPDATING");
        assertRefused(() -> world.eks.updateClusterVersion(CLUSTER, "1.36"), "ResourceInUseException",
                "Cluster cannot be updated as it is currently not in Active State");
        world.advance(Duration.ofSeconds(1500));
        assertThat(world.eks.describeUpdate(CLUSTER, update.id(), null).status()).isEqualTo("Successful");
        assertThat(world.eks.describeCluster(CLUSTER).version()).isEqualTo("1.35");
        assertThat(world.eks.listUpdates(CLUSTER, null, null, null).items()).containsExactly(update.id());
    }

    @Test
    void theClusterWaitsForItsNodeGroupsBeforeTheNextVersion() {
        world.withActiveCluster("1.34");
        world.eks.createNodegroup(nodegroupRequest("old", new NodegroupScalingConfig(1, 1, 1), null));
        world.advance(Duration.ofMinutes(4));
        world.eks.updateClusterVersion(CLUSTER, "1.35");
        world.advance(Duration.ofSeconds(1500));

        assertRefused(() -> world.eks.updateClusterVersion(CLUSTER, "1.36"), "InvalidRequestException",
                "Nodegroup(s) old must be updated to match the cluster version 1.35 before updating the cluster.");
    }
}
