package dev.berth.core.model;

/**
 * Berth's convention for what a simulated container's application does with AWS once its task is RUNNING: with
 * {@code DYNAMODB_TABLE} in its environment it puts an item into that table, with {@code S3_BUCKET} it lists that
 * bucket, using the task role's credentials. A denied call shows in the service's events as the SDK logs it. With
 * {@code HTTP_PATHS} (paths separated by commas, e.g. {@code /,/orders}) its web server answers those paths only and
 * any other with 404, which a load balancer's health check sees; without it every path answers 200.
 */
public final class SimulatedApplication {
    public static final String DYNAMODB_TABLE = "DYNAMODB_TABLE";
    public static final String S3_BUCKET = "S3_BUCKET";
    public static final String HTTP_PATHS = "HTTP_PATHS";

    private SimulatedApplication() {
    }
}
