package dev.berth.aws;

import dev.berth.core.gateway.AwsAccount;
import dev.berth.core.gateway.GatewayException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;

import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * The one place SDK failures become {@link GatewayException}s: AWS's error code kept, and a message that says what
 * to do (sign in again, which permission is missing, wait for throttling, check the network, pick another
 * region). Client-side problems get codes of their own ({@value #CREDENTIALS}, {@value #NETWORK},
 * {@value #NO_SERVICE_IN_REGION}). Every failure is logged once, without secrets.
 */
final class SdkFailures {
    static final String CREDENTIALS = AwsAccount.CREDENTIALS_UNAVAILABLE;
    static final String NETWORK = AwsAccount.NETWORK_UNAVAILABLE;
    static final String NO_SERVICE_IN_REGION = AwsAccount.SERVICE_NOT_IN_REGION;

    private static final System.Logger LOG = System.getLogger(SdkFailures.class.getName());
    private static final Set<String> EXPIRED = Set.of("ExpiredTokenException", "ExpiredToken", "RequestExpired");
    private static final Set<String> REFUSED = Set.of("UnrecognizedClientException", "InvalidClientTokenId",
            "InvalidSignatureException", "SignatureDoesNotMatch", "IncompleteSignature",
            "MissingAuthenticationTokenException", "MissingAuthenticationToken");
    private static final Set<String> DENIED = Set.of("AccessDeniedException", "AccessDenied", "UnauthorizedOperation");

    private final AwsService service;
    private final AwsTarget target;

    /** Failures of {@code service} on {@code target}'s connection. */
    SdkFailures(AwsService service, AwsTarget target) {
        this.service = service;
        this.target = target;
    }

    /** {@code operation} as AWS names it, e.g. {@code DescribeServices}. */
    GatewayException translate(RuntimeException failure, String operation) {
        if (failure instanceof GatewayException known) {
            return known;
        }
        boolean refusedRequest = failure instanceof AwsServiceException e && e.statusCode() < 500
                && !e.isThrottlingException();
        GatewayException translated = failure instanceof AwsServiceException e ? fromService(e, operation)
                : fromClient(failure, operation);
        // A request AWS refused as invalid is the user's to fix and is shown to them; the rest may need a developer.
        LOG.log(refusedRequest ? Level.DEBUG : Level.WARNING, service.signingName() + ":" + operation + " on "
                + target + " failed: " + translated.errorCode() + ": " + translated.getMessage());
        return translated;
    }

    private GatewayException fromService(AwsServiceException e, String operation) {
        String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                ? "ServiceError" : e.awsErrorDetails().errorCode();
        String awsMessage = Redaction.scrub(e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? "" : e.awsErrorDetails().errorMessage().strip());
        String action = service.signingName() + ":" + operation;
        String who = who();
        if (EXPIRED.contains(code)) {
            return new GatewayException(code, "The credentials of " + who + " have expired (" + awsMessage + "). "
                    + signInAgain() + " then refresh.", false, e);
        }
        if (REFUSED.contains(code)) {
            return new GatewayException(code, "AWS refused the credentials of " + who + " (" + awsMessage + "). "
                    + "Check the access key and secret for this profile, or pick another profile.", false, e);
        }
        if (DENIED.contains(code)) {
            return new GatewayException(code, who.substring(0, 1).toUpperCase() + who.substring(1)
                    + " is not allowed to call " + action + " (" + awsMessage + "). Ask your AWS administrator to "
                    + "grant " + action + ", or pick a profile that has it.", false, e);
        }
        if (e.isThrottlingException()) {
            // The views say what throttling means; the action is what they cannot know.
            return new GatewayException(code, (awsMessage.isEmpty() ? code : awsMessage) + " on " + action, true, e);
        }
        boolean retryable = e.retryable() || e.statusCode() >= 500;
        return new GatewayException(code, awsMessage.isEmpty() ? code : awsMessage, retryable, e);
    }

    private GatewayException fromClient(RuntimeException e, String operation) {
        Throwable cause = rootCause(e);
        String host = host();
        if (cause instanceof UnknownHostException) {
            if (!offeredInRegion()) {
                return new GatewayException(NO_SERVICE_IN_REGION, service.title() + " is not offered in region "
                        + target.region() + ". Pick a region where it is, e.g. us-east-1.", false, e);
            }
            return new GatewayException(NETWORK, "Cannot find " + host + " (the name does not resolve). Check the "
                    + "network connection, VPN or proxy, and the profile's endpoint_url.", true, e);
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                || cause instanceof SocketException || cause instanceof InterruptedIOException
                || e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new GatewayException(NETWORK, "Cannot reach " + host + " (" + Redaction.scrub(plain(cause))
                    + "). Check the network connection, VPN or proxy, then refresh.", true, e);
        }
        String message = Redaction.scrub(plain(e));
        if (e instanceof SdkClientException && mentionsCredentials(message)) {
            return new GatewayException(CREDENTIALS, "Berth could not get credentials for " + who() + ": "
                    + message + " " + signInAgain(), false, e);
        }
        return new GatewayException("ClientError", service.signingName() + ":" + operation + " could not be sent: "
                + message, false, e);
    }

    private String who() {
        return target.profile() != null ? "profile '" + target.profile() + "'" : "the environment credentials";
    }

    private String signInAgain() {
        return target.profile() != null
                ? "For an SSO profile run 'aws sso login --profile " + target.profile() + "'; otherwise renew the "
                        + "keys in ~/.aws/credentials;"
                : "Set fresh AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN;";
    }

    private String host() {
        if (target.endpointOverride() != null) {
            return target.endpointOverride().getAuthority();
        }
        return global() ? service.endpointPrefix() + ".amazonaws.com"
                : service.endpointPrefix() + "." + target.region() + ".amazonaws.com";
    }

    private boolean offeredInRegion() {
        if (target.endpointOverride() != null || global()) {
            return true;
        }
        ServiceMetadata metadata = ServiceMetadata.of(service.endpointPrefix());
        return metadata == null || metadata.regions().contains(Region.of(target.region()));
    }

    /** A global service (IAM) has one endpoint per partition, whatever region the connection is in. */
    private boolean global() {
        ServiceMetadata metadata = ServiceMetadata.of(service.endpointPrefix());
        return metadata != null && metadata.regions().contains(Region.AWS_GLOBAL);
    }

    private static boolean mentionsCredentials(String message) {
        String lower = message.toLowerCase();
        return lower.contains("credential") || lower.contains("sso") || lower.contains("token")
                || lower.contains("profile");
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String plain(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message.strip();
    }
}
