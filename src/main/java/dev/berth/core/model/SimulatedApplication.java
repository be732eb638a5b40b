package dev.berth.core.model;

import java.util.Set;

/**
 * Berth's one convention for what a simulated container's application does with AWS, using the task role's
 * credentials: with {@code DYNAMODB_TABLE} in its environment it puts an item into that table, with
 * {@code S3_BUCKET} it lists that bucket. A service's container makes its calls once its task is RUNNING, and a
 * denied call shows in the service's events as the SDK logs it; a job container (one with {@code BERTH_JOB_SECONDS})
 * makes them when its work is done: the item it writes is its environment, and a denied call makes it exit with
 * code 1, logged in the cluster's event feed.
 * With {@code HTTP_PATHS} (paths separated by commas, e.g. {@code /,/orders}) its web server answers those paths
 * only and any other with 404, which a load balancer's health check sees; without it every path answers 200.
 */
public final class SimulatedApplication {
    public static final String DYNAMODB_TABLE = "DYNAMODB_TABLE";
    public static final String S3_BUCKET = "S3_BUCKET";
    public static final String HTTP_PATHS = "HTTP_PATHS";
    /** The variables of this convention: they configure the application and are not part of its data. */
    public static final Set<String> VARIABLES = Set.of(DYNAMODB_TABLE, S3_BUCKET, HTTP_PATHS);

    private SimulatedApplication() {
    }
}
