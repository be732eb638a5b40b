package dev.berth.sim.apprunner;

import dev.berth.core.gateway.GatewayException;

/**
 * App Runner's errors with AWS's codes. Input that breaks a model constraint gets AWS's validation wording; the
 * other texts follow AWS's style where no real response was available to copy (AWS-BEHAVIOUR.md §5).
 */
final class AppRunnerErrors {
    private AppRunnerErrors() {
    }

    static GatewayException invalidRequest(String message) {
        return GatewayException.client("InvalidRequestException", message);
    }

    /** AWS's wording for a member that breaks its model constraint. */
    static GatewayException constraint(String member, Object value, String constraint) {
        return invalidRequest("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }

    static GatewayException serviceNotFound(String serviceArn) {
        return GatewayException.client("ResourceNotFoundException",
                "Service with the provided ARN doesn't exist: " + serviceArn);
    }

    static GatewayException configurationNotFound(String arn) {
        return GatewayException.client("ResourceNotFoundException",
                "Auto scaling configuration with the provided ARN doesn't exist: " + arn);
    }

    static GatewayException invalidState(String message) {
        return GatewayException.client("InvalidStateException", message);
    }

    static GatewayException quotaExceeded(String message) {
        return GatewayException.client("ServiceQuotaExceededException", message);
    }

    /**
     * What an account that was not an App Runner customer before 30 April 2026 gets from CreateService. AWS has not
     * published the response; access to a closed service is refused with the common AccessDeniedException.
     */
    static GatewayException closedToNewCustomers() {
        return GatewayException.client("AccessDeniedException", "AWS App Runner is no longer open to new "
                + "customers. Existing customers can continue to use the service as normal. AWS recommends Amazon "
                + "ECS Express Mode for new applications.");
    }
}
