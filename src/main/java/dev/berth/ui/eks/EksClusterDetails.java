package dev.berth.ui.eks;

import dev.berth.core.model.Addon;
import dev.berth.core.model.EksCluster;
import dev.berth.ui.common.Detail;
import dev.berth.ui.common.TimeText;

import java.util.List;
import java.util.stream.Collectors;

/** The lines of the Kubernetes area's cluster details. */
final class EksClusterDetails {

    private EksClusterDetails() {
    }

    static List<Detail> of(EksCluster cluster, List<Addon> addons) {
        return List.of(
                Detail.of("Cluster ARN", cluster.arn()),
                Detail.of("Status", cluster.status()),
                Detail.of("Kubernetes version", cluster.version()),
                Detail.of("Platform version", cluster.platformVersion()),
                Detail.of("API server endpoint", cluster.endpoint() == null ? "(while the cluster is created)"
                        : cluster.endpoint()),
                Detail.of("OpenID Connect issuer", cluster.identity().oidc().issuer()),
                Detail.of("Cluster service role", cluster.roleArn()),
                Detail.of("VPC", cluster.resourcesVpcConfig().vpcId()),
                Detail.of("Subnets", String.join(", ", cluster.resourcesVpcConfig().subnetIds())),
                Detail.of("Security groups", String.join(", ", cluster.resourcesVpcConfig().securityGroupIds())),
                Detail.of("Cluster security group", cluster.resourcesVpcConfig().clusterSecurityGroupId()),
                Detail.of("Service IPv4 range", cluster.kubernetesNetworkConfig().serviceIpv4Cidr()),
                Detail.of("Created", TimeText.dateTime(cluster.createdAt())),
                Detail.of("Add-ons", addons.stream().map(addon -> addon.addonName() + " " + addon.addonVersion()
                        + " (" + addon.status() + ")").collect(Collectors.joining(", "))));
    }
}
