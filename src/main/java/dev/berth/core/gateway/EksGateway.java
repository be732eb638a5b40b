package dev.berth.core.gateway;

import dev.berth.core.model.Addon;
import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.CreateFargateProfileRequest;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.FargateProfile;
import dev.berth.core.model.Nodegroup;
import dev.berth.core.model.Page;
import dev.berth.core.model.UpdateNodegroupConfigRequest;

import java.util.List;

/**
 * Amazon EKS, one method per API operation, with AWS's error codes (ResourceNotFoundException,
 * ResourceInUseException, InvalidParameterException, InvalidRequestException, ResourceLimitExceededException).
 * {@code maxResults} null takes AWS's default of 100; the maximum is 100. Every method throws
 * {@link GatewayException}.
 */
public interface EksGateway {

    /** The cluster starts CREATING and becomes ACTIVE some minutes later. */
    EksCluster createCluster(CreateEksClusterRequest request);

    EksCluster describeCluster(String name);

    /** Cluster names. */
    Page<String> listClusters(String nextToken, Integer maxResults);

    /** Refused while node groups or Fargate profiles are attached; the cluster is DELETING, then gone. */
    EksCluster deleteCluster(String name);

    /** One minor version up, once every node group runs the cluster's current version. */
    EksUpdate updateClusterVersion(String name, String version);

    EksUpdate describeUpdate(String name, String updateId, String nodegroupName);

    /** Update ids of the cluster, or of one of its node groups when {@code nodegroupName} is given. */
    Page<String> listUpdates(String name, String nodegroupName, String nextToken, Integer maxResults);

    Nodegroup createNodegroup(CreateNodegroupRequest request);

    Nodegroup describeNodegroup(String clusterName, String nodegroupName);

    Page<String> listNodegroups(String clusterName, String nextToken, Integer maxResults);

    /** Scaling, labels and taints: a ConfigUpdate during which the node group is UPDATING. */
    EksUpdate updateNodegroupConfig(UpdateNodegroupConfigRequest request);

    /** {@code version} null: the cluster's version; the nodes are replaced one at a time. */
    EksUpdate updateNodegroupVersion(String clusterName, String nodegroupName, String version);

    Nodegroup deleteNodegroup(String clusterName, String nodegroupName);

    FargateProfile createFargateProfile(CreateFargateProfileRequest request);

    FargateProfile describeFargateProfile(String clusterName, String fargateProfileName);

    Page<String> listFargateProfiles(String clusterName, String nextToken, Integer maxResults);

    FargateProfile deleteFargateProfile(String clusterName, String fargateProfileName);

    /** Installs an EKS add-on; {@code addonVersion} null takes the default for the cluster's version. */
    Addon createAddon(String clusterName, String addonName, String addonVersion);

    Addon describeAddon(String clusterName, String addonName);

    /** Add-on names. */
    Page<String> listAddons(String clusterName, String nextToken, Integer maxResults);

    /**
     * The node group's nodes, oldest first. AWS has no EKS operation for this: on AWS it is EC2 DescribeInstances
     * filtered on the {@code eks:cluster-name} and {@code eks:nodegroup-name} tags, without the Kubernetes status
     * (which takes the Kubernetes API: {@link EksNode#status()} null), and a missing node group has no nodes.
     */
    List<EksNode> listNodes(String clusterName, String nodegroupName);
}
