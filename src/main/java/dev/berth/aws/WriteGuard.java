package dev.berth.aws;

import dev.berth.core.gateway.AwsAccount;
import dev.berth.core.gateway.GatewayException;

/**
 * Whether this connection may change anything. Every write operation asks first, so while writes are off nothing
 * is sent: not a request, not even a credentials lookup.
 */
final class WriteGuard {
    private final String profile;
    private volatile boolean allowed;

    WriteGuard(String profile, boolean allowed) {
        this.profile = profile;
        this.allowed = allowed;
    }

    boolean allowed() {
        return allowed;
    }

    void allow(boolean allowed) {
        this.allowed = allowed;
    }

    /** Throws unless writes are on; {@code operation} as AWS names it. */
    void check(String service, String operation) {
        if (!allowed) {
            throw new GatewayException(AwsAccount.READ_ONLY, "The connection '" + profile + "' is read-only, so "
                    + service + ":" + operation + " was not sent. To change resources, turn on writes for this "
                    + "connection (the lock in the status bar).", false);
        }
    }
}
