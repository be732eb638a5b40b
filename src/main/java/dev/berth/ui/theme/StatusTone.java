package dev.berth.ui.theme;

/**
 * How an AWS status reads at a glance: running and done are green, on the way is amber, stopped and inactive are
 * grey, failed is red. Covers cluster, service, task, container instance, deployment and rollout states, and the status codes of scaling activities.
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
            case "HEALTHY":
            case "Successful":
                return GOOD;
            case "FAILED":
            case "UNHEALTHY":
            case "REGISTRATION_FAILED":
            case "DELETE_FAILED":
            case "Failed":
            case "Unfulfilled":
                return BAD;
            case "STOPPED":
            case "INACTIVE":
            case "DELETED":
            case "UNKNOWN":
            case "Overridden":
                return DONE;
            default:
                // PROVISIONING, PENDING, ACTIVATING, DEACTIVATING, STOPPING, DEPROVISIONING, DRAINING, IN_PROGRESS...
                return BUSY;
        }
    }
}
