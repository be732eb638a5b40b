package dev.berth.ui.common;

import dev.berth.core.gateway.AwsAccount;
import dev.berth.core.gateway.GatewayException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;

/**
 * Turns a failure into one sentence a person can act on: what failed and what to do next. Never a stack trace;
 * anything unexpected is logged in full for the developer and summarised for the user.
 */
public final class Messages {
    private static final System.Logger LOG = System.getLogger(Messages.class.getName());

    private Messages() {
    }

    public static String explain(Throwable failure) {
        return explain(failure, new ErrorContext(null, null, null, null));
    }

    public static String explain(Throwable failure, ErrorContext where) {
        if (failure instanceof GatewayException) {
            return explainGateway((GatewayException) failure, where);
        }
        if (failure instanceof UncheckedIOException) {
            return explain(failure.getCause(), where);
        }
        if (failure instanceof IOException) {
            return "Could not reach the backend: " + plain(failure) + ". Check the network connection and try again.";
        }
        LOG.log(Level.ERROR, "Unexpected failure shown to the user", failure);
        return "Something unexpected went wrong (" + plain(failure) + "). Nothing was changed; the details are in "
                + "the log.";
    }

    private static String explainGateway(GatewayException failure, ErrorContext where) {
        String code = failure.errorCode() == null ? "" : failure.errorCode();
        String awsMessage = plain(failure);
        String cluster = named("cluster", where.cluster());
        String region = where.region() == null ? "this region" : where.region();
        switch (code) {
            case "ClusterNotFoundException":
                return cluster + " does not exist in " + region + ". Refresh the cluster list or pick another.";
            case "ServiceNotFoundException":
                return named("service", where.service()) + " does not exist in cluster '" + where.cluster()
                        + "'. Refresh the service list or pick another.";
            case "ServiceNotActiveException":
                return named("service", where.service()) + " is no longer active (it is being deleted). "
                        + "Refresh the service list.";
            case "ClusterContainsServicesException":
                return cluster + " still has active services. Delete them first, then delete the cluster.";
            case "ClusterContainsTasksException":
                return cluster + " still has running tasks. Stop them first, then delete the cluster.";
            case "ClusterContainsContainerInstancesException":
                return cluster + " still has registered container instances. Scale its auto scaling group to 0 "
                        + "and wait for the instances to deregister, then delete the cluster.";
            case "ClusterContainsCapacityProviderException":
                return cluster + " still uses a capacity provider that is being updated. Wait a moment and try again.";
            case "UpdateInProgressException":
                return cluster + " is being updated. Wait for the update to finish and try again.";
            case "AccessDeniedException":
            case "InvalidSignatureException":
            case "UnrecognizedClientException":
            case "ExpiredTokenException":
            case AwsAccount.READ_ONLY:
            case AwsAccount.CREDENTIALS_UNAVAILABLE:
            case AwsAccount.NETWORK_UNAVAILABLE:
            case AwsAccount.SERVICE_NOT_IN_REGION:
                // The AWS gateway already says what to do: which permission, how to sign in again, what to check.
                return withFullStop(awsMessage);
            case "ThrottlingException":
                return "AWS is limiting the request rate (" + awsMessage + "). Berth tries again on the next refresh.";
            default:
                return explainByMessage(failure, code, awsMessage, where);
        }
    }

    private static String explainByMessage(GatewayException failure, String code, String awsMessage,
                                           ErrorContext where) {
        if (awsMessage.contains("not idempotent")) {
            return "A service named '" + where.service() + "' already exists in cluster '" + where.cluster()
                    + "'. Pick another name.";
        }
        if (awsMessage.startsWith("Unable to describe task definition")) {
            return named("task definition", where.taskDefinition()) + " does not exist or has no active "
                    + "revision. Refresh the list or register it first.";
        }
        if (failure.retryable()) {
            return "AWS had a temporary problem (" + awsMessage + "). Try again in a moment.";
        }
        if (code.equals("InvalidParameterException") || code.equals("ClientException")
                || code.equals("InvalidRequestException")) {
            return withFullStop(awsMessage) + " Nothing was changed; correct the input and try again.";
        }
        if (code.equals("ResourceInUseException")) {
            return withFullStop(awsMessage) + " Nothing was changed; wait until it is ACTIVE, or remove what is "
                    + "attached to it, and try again.";
        }
        if (code.equals("ResourceNotFoundException")) {
            return withFullStop(awsMessage) + " It may have been deleted; refresh the list.";
        }
        return withFullStop(awsMessage) + " (" + code + ")";
    }

    /** "Cluster 'web'", or "The cluster" when the name is not known. */
    private static String named(String noun, String name) {
        if (name == null) {
            return "The " + noun;
        }
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " '" + name + "'";
    }

    private static String withFullStop(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String plain(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message.strip();
    }
}
