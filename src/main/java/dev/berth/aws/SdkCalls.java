package dev.berth.aws;

import java.util.function.Supplier;

/**
 * How every SDK gateway makes one call: a read is sent and its failure translated by {@link SdkFailures}; a write
 * first asks the {@link WriteGuard}, so nothing is sent while the connection is read-only.
 */
final class SdkCalls {
    private final String service;
    private final SdkFailures failures;
    private final WriteGuard writes;

    /** Calls of {@code service} in {@code target}'s account and region. */
    SdkCalls(AwsService service, AwsTarget target, WriteGuard writes) {
        this(service.signingName(), new SdkFailures(service, target), writes);
    }

    /** Calls of {@code service} as its IAM actions name it, e.g. {@code ecr}. */
    SdkCalls(String service, SdkFailures failures, WriteGuard writes) {
        this.service = service;
        this.failures = failures;
        this.writes = writes;
    }

    /** {@code operation} as AWS names it, e.g. {@code DescribeImages}. */
    <T> T read(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw failures.translate(e, operation);
        }
    }

    <T> T write(String operation, Supplier<T> call) {
        writes.check(service, operation);
        return read(operation, call);
    }
}
