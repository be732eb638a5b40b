package dev.berth.aws;

import dev.berth.core.gateway.GatewayException;

/**
 * An operation Berth manages on the simulator but not yet on real AWS: it is refused, before any network call, with
 * a message that says so, so its area shows why it is empty instead of failing obscurely.
 */
final class NotYetOnAws {
    static final String ERROR_CODE = "NotYetOnAws";

    private NotYetOnAws() {
    }

    /** The refusal of one operation of {@code service}, for a part whose other operations are on AWS. */
    static GatewayException refused(String service) {
        return new GatewayException(ERROR_CODE, "Berth manages " + service + " on the simulator only so far; on "
                + "real AWS use the AWS console or CLI for it.", false);
    }
}
