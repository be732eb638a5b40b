package dev.berth.sim.sqs;

import dev.berth.core.gateway.GatewayException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Receipt handles as the simulated SQS issues them: opaque to the client (base64, with the prefix AWS's handles
 * have), yet naming the queue and the message they were issued for, so a handle SQS never issued is told apart from
 * one that no longer deletes anything.
 */
final class ReceiptHandles {
    private static final String PREFIX = "AQEB";
    private static final String SEPARATOR = "\n";

    private ReceiptHandles() {
    }

    /** A new handle for a receive of the message; {@code nonce} makes each receive's handle its own. */
    static String issue(String queueArn, String messageId, String nonce) {
        return PREFIX + Base64.getEncoder().encodeToString(String.join(SEPARATOR, queueArn, messageId, nonce)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the message the handle was issued for, in this queue. */
    static String messageId(String queueArn, String handle) {
        if (handle == null || handle.isEmpty()) {
            throw SqsErrors.missing("ReceiptHandle");
        }
        String[] parts = decode(handle);
        if (parts.length != 3) {
            throw GatewayException.client("ReceiptHandleIsInvalid", "The input receipt handle \"" + handle
                    + "\" is not a valid receipt handle.");
        }
        if (!parts[0].equals(queueArn)) {
            throw GatewayException.client("ReceiptHandleIsInvalid", "The receipt handle \"" + handle
                    + "\" is not valid for this queue.");
        }
        return parts[1];
    }

    private static String[] decode(String handle) {
        if (!handle.startsWith(PREFIX)) {
            return new String[0];
        }
        try {
            return new String(Base64.getDecoder().decode(handle.substring(PREFIX.length())),
                    StandardCharsets.UTF_8).split(SEPARATOR, -1);
        } catch (IllegalArgumentException notBase64) {
            return new String[0];
        }
    }
}
