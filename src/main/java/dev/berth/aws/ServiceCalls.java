package dev.berth.aws;

import java.util.function.Supplier;

/**
 * How one service's gateway sends its calls: a read goes out and its SDK failure comes back translated by
 * {@link SdkFailures}; a write first asks the {@link WriteGuard}, so a read-only connection sends nothing.
 */
final class ServiceCalls {
    private final AwsService service;
    private final SdkFailures failures;
    private final WriteGuard writes;

    ServiceCalls(AwsService service, AwsTarget target, WriteGuard writes) {
        this.service = service;
        this.failures = new SdkFailures(service, target);
        this.writes = writes;
    }

    /** {@code operation} as AWS names it, e.g. {@code DescribeService}. */
    <T> T read(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw failures.translate(e, operation);
        }
    }

    <T> T write(String operation, Supplier<T> call) {
        writes.check(service.signingName(), operation);
        return read(operation, call);
    }
}
