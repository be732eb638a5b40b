package dev.berth.sim.wire;

/** A request the endpoint refuses before or around the gateway call: bad JSON, unknown operation, bad signature. */
final class WireFault extends RuntimeException {
    private final int status;
    private final String errorCode;

    WireFault(int status, String errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    int status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }

    static WireFault unknownOperation(String target) {
        return new WireFault(400, "UnknownOperationException", "Unknown operation " + target);
    }

    static WireFault serialization(String message) {
        return new WireFault(400, "SerializationException", message);
    }
}
