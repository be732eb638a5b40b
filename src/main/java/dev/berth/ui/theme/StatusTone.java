package dev.berth.ui.theme;

/**
 * How an AWS status reads at a glance: running and done are green, on the way is amber, stopped and inactive are
 * grey, failed is red. Covers cluster, service, task, container instance, deployment and rollout states, EKS's node
 * group, node and update states, App Runner's service and operation states (a rolled-back update is a failure),
 * the lower-case states of load balancers and their targets, the status codes of scaling activities, and the
 * life cycle states of EFS file systems and mount targets.
 */
public enum StatusTone {
    GOOD(BerthStyles.STATUS_GOOD),
    BUSY(BerthStyles.STATUS_BUSY),
    DONE(BerthStyles.STATUS_DONE),
    BAD(BerthStyles.STATUS_BAD);

    private final String styleClass;

    StatusTone(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    public static StatusTone of(String status) {
        if (status == null) {
            return DONE;
        }
        switch (status) {
            case "RUNNING":
            case "ACTIVE":
            case "PRIMARY":
            case "COMPLETED":
            case "COMPLETE":
            case "HEALTHY":
            case "Ready":
            case "Successful":
            case "SUCCEEDED":
            case "healthy":
            case "active":
            case "InService":
            case "available":
                return GOOD;
            case "FAILED":
            case "UNHEALTHY":
            case "REGISTRATION_FAILED":
            case "DELETE_FAILED":
            case "CREATE_FAILED":
            case "DEGRADED":
            case "Failed":
            case "ROLLBACK_SUCCEEDED":
            case "ROLLBACK_FAILED":
            case "unhealthy":
            case "failed":
            case "OutOfService":
            case "Unfulfilled":
            case "error":
                return BAD;
            case "STOPPED":
            case "INACTIVE":
            case "DELETED":
            case "UNKNOWN":
            case "PAUSED":
            case "unused":
            case "Overridden":
            case "deleted":
                return DONE;
            default:
                // PROVISIONING, PENDING, ACTIVATING, DEACTIVATING, STOPPING, DEPROVISIONING, DRAINING, IN_PROGRESS,
                // initial, draining, provisioning...
                return BUSY;
        }
    }
}
