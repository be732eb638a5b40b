package dev.berth.core.model;

import java.time.Instant;

/** An App Runner service as ListServices returns it: no configuration, only who it is and its status. */
public record ServiceSummary(
        String serviceName,
        String serviceId,
        String serviceArn,
        String serviceUrl,
        Instant createdAt,
        Instant updatedAt,
        String status) {
}
