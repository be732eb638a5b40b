package dev.berth.aws;

import dev.berth.core.model.Addon;
import dev.berth.core.model.Certificate;
import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.CreateFargateProfileRequest;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.FargateProfile;
import dev.berth.core.model.Identity;
import dev.berth.core.model.KubernetesNetworkConfigResponse;
import dev.berth.core.model.Nodegroup;
import dev.berth.core.model.NodegroupHealth;
import dev.berth.core.model.NodegroupResources;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.NodegroupUpdateConfig;
import dev.berth.core.model.Taint;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import dev.berth.core.model.VpcConfigResponse;

import java.util.Map;

import static dev.berth.aws.EcsShapes.emptyAsNull;
import static dev.berth.aws.EcsShapes.map;

/**
 * Amazon EKS shapes between the SDK's classes and Berth's records, member by member (both use AWS's names). Empty
 * lists and maps in a request are left out, as the AWS CLI leaves them out.
 */
final class EksShapes {
    private EksShapes() {
    }

    // ---- requests

    static software.amazon.awssdk.services.eks.model.CreateClusterRequest createCluster(CreateEksClusterRequest r) {
        var vpc = r.resourcesVpcConfig();
        return software.amazon.awssdk.services.eks.model.CreateClusterRequest.builder()
                .name(r.name())
                .version(r.version())
                .roleArn(r.roleArn())
                .resourcesVpcConfig(vpc == null ? null
                        : software.amazon.awssdk.services.eks.model.VpcConfigRequest.builder()
                                .subnetIds(emptyAsNull(vpc.subnetIds()))
                                .securityGroupIds(emptyAsNull(vpc.securityGroupIds()))
                                .endpointPublicAccess(vpc.endpointPublicAccess())
                                .endpointPrivateAccess(vpc.endpointPrivateAccess()).build())
                .tags(emptyMapAsNull(r.tags()))
                .build();
    }

    static software.amazon.awssdk.services.eks.model.CreateNodegroupRequest createNodegroup(
            CreateNodegroupRequest r) {
        return software.amazon.awssdk.services.eks.model.CreateNodegroupRequest.builder()
                .clusterName(r.clusterName())
                .nodegroupName(r.nodegroupName())
                .scalingConfig(scalingConfig(r.scalingConfig()))
                .diskSize(r.diskSize())
                .subnets(emptyAsNull(r.subnets()))
                .instanceTypes(emptyAsNull(r.instanceTypes()))
                .amiType(r.amiType())
                .nodeRole(r.nodeRole())
                .labels(emptyMapAsNull(r.labels()))
                .taints(emptyAsNull(map(r.taints(), EksShapes::taint)))
                .capacityType(r.capacityType())
                .version(r.version())
                .tags(emptyMapAsNull(r.tags()))
                .build();
    }

    static software.amazon.awssdk.services.eks.model.UpdateNodegroupConfigRequest updateNodegroupConfig(
            UpdateNodegroupConfigRequest r) {
        var labels = r.labels();
        var taints = r.taints();
        return software.amazon.awssdk.services.eks.model.UpdateNodegroupConfigRequest.builder()
                .clusterName(r.clusterName())
                .nodegroupName(r.nodegroupName())
                .labels(labels == null ? null : software.amazon.awssdk.services.eks.model.UpdateLabelsPayload
                        .builder().addOrUpdateLabels(emptyMapAsNull(labels.addOrUpdateLabels()))
                        .removeLabels(emptyAsNull(labels.removeLabels())).build())
                .taints(taints == null ? null : software.amazon.awssdk.services.eks.model.UpdateTaintsPayload
                        .builder().addOrUpdateTaints(emptyAsNull(map(taints.addOrUpdateTaints(), EksShapes::taint)))
                        .removeTaints(emptyAsNull(map(taints.removeTaints(), EksShapes::taint))).build())
                .scalingConfig(scalingConfig(r.scalingConfig()))
                .build();
    }

    static software.amazon.awssdk.services.eks.model.CreateFargateProfileRequest createFargateProfile(
            CreateFargateProfileRequest r) {
        return software.amazon.awssdk.services.eks.model.CreateFargateProfileRequest.builder()
                .fargateProfileName(r.fargateProfileName())
                .clusterName(r.clusterName())
                .podExecutionRoleArn(r.podExecutionRoleArn())
                .subnets(emptyAsNull(r.subnets()))
                .selectors(map(r.selectors(), s -> software.amazon.awssdk.services.eks.model.FargateProfileSelector
                        .builder().namespace(s.namespace()).labels(emptyMapAsNull(s.labels())).build()))
                .tags(emptyMapAsNull(r.tags()))
                .build();
    }

    private static software.amazon.awssdk.services.eks.model.NodegroupScalingConfig scalingConfig(
            NodegroupScalingConfig c) {
        return c == null ? null : software.amazon.awssdk.services.eks.model.NodegroupScalingConfig.builder()
                .minSize(c.minSize()).maxSize(c.maxSize()).desiredSize(c.desiredSize()).build();
    }

    private static software.amazon.awssdk.services.eks.model.Taint taint(Taint t) {
        return software.amazon.awssdk.services.eks.model.Taint.builder().key(t.key()).value(t.value())
                .effect(t.effect()).build();
    }

    // ---- responses

    static EksCluster cluster(software.amazon.awssdk.services.eks.model.Cluster c) {
        var vpc = c.resourcesVpcConfig();
        var network = c.kubernetesNetworkConfig();
        var oidc = c.identity() == null ? null : c.identity().oidc();
        return new EksCluster(c.name(), c.arn(), c.createdAt(), c.version(), c.endpoint(), c.roleArn(),
                vpc == null ? null : new VpcConfigResponse(vpc.subnetIds(), vpc.securityGroupIds(),
                        vpc.clusterSecurityGroupId(), vpc.vpcId(), Boolean.TRUE.equals(vpc.endpointPublicAccess()),
                        Boolean.TRUE.equals(vpc.endpointPrivateAccess()), vpc.publicAccessCidrs()),
                network == null ? null : new KubernetesNetworkConfigResponse(network.serviceIpv4Cidr(),
                        network.ipFamilyAsString()),
                c.identity() == null ? null : new Identity(oidc == null ? null : new Identity.Oidc(oidc.issuer())),
                c.statusAsString(),
                c.certificateAuthority() == null ? null : new Certificate(c.certificateAuthority().data()),
                c.platformVersion(), c.tags());
    }

    static Nodegroup nodegroup(software.amazon.awssdk.services.eks.model.Nodegroup n) {
        var scaling = n.scalingConfig();
        var resources = n.resources();
        var health = n.health();
        var update = n.updateConfig();
        return new Nodegroup(n.nodegroupName(), n.nodegroupArn(), n.clusterName(), n.version(), n.releaseVersion(),
                n.createdAt(), n.modifiedAt(), n.statusAsString(), n.capacityTypeAsString(),
                scaling == null ? null : new NodegroupScalingConfig(scaling.minSize(), scaling.maxSize(),
                        scaling.desiredSize()),
                n.instanceTypes(), n.subnets(), n.amiTypeAsString(), n.nodeRole(), n.labels(),
                map(n.taints(), t -> new Taint(t.key(), t.value(), t.effectAsString())),
                resources == null ? null : new NodegroupResources(map(resources.autoScalingGroups(),
                        group -> new NodegroupResources.AutoScalingGroup(group.name()))),
                n.diskSize(),
                health == null ? null : new NodegroupHealth(map(health.issues(), issue -> new NodegroupHealth.Issue(
                        issue.codeAsString(), issue.message(), issue.resourceIds()))),
                update == null ? null : new NodegroupUpdateConfig(update.maxUnavailable()),
                n.tags());
    }

    static FargateProfile fargateProfile(software.amazon.awssdk.services.eks.model.FargateProfile p) {
        return new FargateProfile(p.fargateProfileName(), p.fargateProfileArn(), p.clusterName(), p.createdAt(),
                p.podExecutionRoleArn(), p.subnets(), map(p.selectors(),
                s -> new FargateProfile.Selector(s.namespace(), s.labels())), p.statusAsString(), p.tags());
    }

    static EksUpdate update(software.amazon.awssdk.services.eks.model.Update u) {
        return new EksUpdate(u.id(), u.statusAsString(), u.typeAsString(),
                map(u.params(), p -> new EksUpdate.Param(p.typeAsString(), p.value())), u.createdAt(),
                map(u.errors(), e -> new EksUpdate.ErrorDetail(e.errorCodeAsString(), e.errorMessage(),
                        e.resourceIds())));
    }

    static Addon addon(software.amazon.awssdk.services.eks.model.Addon a) {
        return new Addon(a.addonName(), a.clusterName(), a.statusAsString(), a.addonVersion(), a.addonArn(),
                a.createdAt(), a.modifiedAt(), a.tags());
    }

    private static <K, V> Map<K, V> emptyMapAsNull(Map<K, V> items) {
        return items.isEmpty() ? null : items;
    }
}
