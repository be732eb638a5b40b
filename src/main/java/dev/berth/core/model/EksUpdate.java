package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An update of a cluster or node group, as DescribeUpdate returns it: status InProgress, Successful, Failed or
 * Cancelled; type VersionUpdate, ConfigUpdate, ...; the parameters asked for. Named apart from the JDK's many
 * "Update"s.
 */
public record EksUpdate(
        String id,
        String status,
        String type,
        List<Param> params,
        Instant createdAt,
        List<ErrorDetail> errors) {
    public EksUpdate {
        params = List.copyOf(params);
        errors = List.copyOf(errors);
    }

    /** AWS's {@code UpdateParam}: e.g. {@code DesiredSize} = {@code 3}. */
    public record Param(String type, String value) {
    }

    public record ErrorDetail(String errorCode, String errorMessage, List<String> resourceIds) {
        public ErrorDetail {
            resourceIds = List.copyOf(resourceIds);
        }
    }
}
