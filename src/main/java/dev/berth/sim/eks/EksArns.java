package dev.berth.sim.eks;

/** EKS ARNs for one region and account. */
final class EksArns {
    private final String prefix;

    EksArns(String region, String accountId) {
        this.prefix = "arn:aws:eks:" + region + ":" + accountId + ":";
    }

    String cluster(String name) {
        return prefix + "cluster/" + name;
    }

    String nodegroup(String cluster, String name, String uuid) {
        return prefix + "nodegroup/" + cluster + "/" + name + "/" + uuid;
    }

    String fargateProfile(String cluster, String name, String uuid) {
        return prefix + "fargateprofile/" + cluster + "/" + name + "/" + uuid;
    }

    String addon(String cluster, String name, String uuid) {
        return prefix + "addon/" + cluster + "/" + name + "/" + uuid;
    }
}
