package dev.berth.ui.common;

/**
 * What a failed call was about, so a message can name it: AWS's own texts ("Cluster not found.") do not say
 * which cluster. Members the caller does not know are null.
 */
public record ErrorContext(String region, String cluster, String service, String taskDefinition) {

    public static ErrorContext in(String region) {
        return new ErrorContext(region, null, null, null);
    }

    public ErrorContext cluster(String name) {
        return new ErrorContext(region, name, service, taskDefinition);
    }

    public ErrorContext service(String name) {
        return new ErrorContext(region, cluster, name, taskDefinition);
    }

    public ErrorContext taskDefinition(String name) {
        return new ErrorContext(region, cluster, service, name);
    }
}
