package dev.berth.sim.eks;

import java.time.Duration;

/**
 * How long EKS takes, in simulated time (AWS-BEHAVIOUR.md §4.3): minutes on AWS, kept within the waiters' budgets
 * (cluster-active 20 min, nodegroup-active 40 min).
 */
final class EksDurations {
    static final Duration CLUSTER_CREATE = Duration.ofSeconds(600);
    static final Duration CLUSTER_DELETE = Duration.ofSeconds(300);
    static final Duration CLUSTER_VERSION_UPDATE = Duration.ofSeconds(1500);
    static final Duration NODEGROUP_CREATE = Duration.ofSeconds(240);
    /** The auto scaling group exists and launches the first nodes this long after CreateNodegroup. */
    static final Duration NODEGROUP_FIRST_LAUNCH = Duration.ofSeconds(60);
    static final Duration NODEGROUP_CONFIG_UPDATE = Duration.ofSeconds(90);
    /** A version update replaces nodes one at a time (maxUnavailable 1), this long each. */
    static final Duration NODE_REPLACEMENT = Duration.ofSeconds(120);
    static final Duration NODEGROUP_DELETE = Duration.ofSeconds(300);
    static final Duration FARGATE_PROFILE_CHANGE = Duration.ofSeconds(150);
    static final Duration ADDON_CREATE = Duration.ofSeconds(60);
    /** An instance boots this long (pending) before it runs and registers with the cluster as NotReady. */
    static final Duration INSTANCE_BOOT_MIN = Duration.ofSeconds(20);
    static final Duration INSTANCE_BOOT_MAX = Duration.ofSeconds(40);
    /** The kubelet and the CNI plugin take this long before the node is Ready. */
    static final Duration NODE_READY_MIN = Duration.ofSeconds(40);
    static final Duration NODE_READY_MAX = Duration.ofSeconds(80);
    /** A node being removed is cordoned and drained this long before its instance is terminated. */
    static final Duration NODE_DRAIN = Duration.ofSeconds(60);
    static final Duration INSTANCE_SHUTDOWN = Duration.ofSeconds(30);
    /** EC2's Spot interruption notice. */
    static final Duration SPOT_NOTICE = Duration.ofMinutes(2);
    /** How long the simulator keeps Spot capacity away after an interruption without capacity (sim). */
    static final Duration SPOT_CAPACITY_RETURNS = Duration.ofMinutes(10);

    private EksDurations() {
    }
}
