package dev.berth.core.gateway;

/**
 * The one failure every gateway call throws: AWS's error code (e.g. {@code ClusterNotFoundException}), AWS's
 * message, and whether trying again may help. Views never see SDK or simulator exceptions.
 */
public class GatewayException extends RuntimeException {
    private final String errorCode;
    private final boolean retryable;

    public GatewayException(String errorCode, String message, boolean retryable) {
        super(message);
        this.errorCode = errorCode;
        this.retryable = retryable;
    }

    public GatewayException(String errorCode, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.retryable = retryable;
    }

    public static GatewayException client(String errorCode, String message) {
        return new GatewayException(errorCode, message, false);
    }

    public String errorCode() {
        return errorCode;
    }

    public boolean retryable() {
        return retryable;
    }

    @Override
    public String toString() {
        return errorCode + ": " + getMessage();
    }
}
