package dev.berth.sim.sqs;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.QueueAttributeNames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The attributes CreateQueue accepts for a standard queue, with SQS's ranges and defaults. Numbers are checked as SQS
 * checks them; the policies are kept as given. The read-only attributes (ApproximateNumberOfMessages, QueueArn, ...)
 * cannot be set: SQS calls them unknown.
 */
final class QueueSettings {
    private record Range(long min, long max, long defaultValue) {
    }

    private static final Map<String, Range> NUMBERS = Map.of(
            QueueAttributeNames.DELAY_SECONDS, new Range(0, 900, 0),
            QueueAttributeNames.MAXIMUM_MESSAGE_SIZE, new Range(1024, 1_048_576, 1_048_576),
            QueueAttributeNames.MESSAGE_RETENTION_PERIOD, new Range(60, 1_209_600, 345_600),
            QueueAttributeNames.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, new Range(0, 20, 0),
            QueueAttributeNames.VISIBILITY_TIMEOUT, new Range(0, 43_200, 30),
            "KmsDataKeyReusePeriodSeconds", new Range(60, 86_400, 300));
    private static final List<String> TEXTS = List.of("Policy", "RedrivePolicy",
            "RedriveAllowPolicy", "KmsMasterKeyId");

    private QueueSettings() {
    }

    /** Every settable attribute of a new queue: the given ones, checked, and SQS's defaults for the rest. */
    static Map<String, String> of(String queueName, Map<String, String> given) {
        Map<String, String> settings = new LinkedHashMap<>();
        NUMBERS.keySet().stream().sorted().forEach(name -> settings.put(name,
                Long.toString(NUMBERS.get(name).defaultValue())));
        settings.put("SqsManagedSseEnabled", "true");
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue();
            if ("FifoQueue".equals(name)) {
                throw "true".equalsIgnoreCase(value)
                        ? new GatewayException("UnsupportedOperation",
                        "The simulator runs standard queues; FIFO queues are not simulated.", false)
                        : SqsErrors.invalidAttributeValue(name);
            }
            if (NUMBERS.containsKey(name)) {
                settings.put(name, Long.toString(number(name, value)));
            } else if ("SqsManagedSseEnabled".equals(name)) {
                if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
                    throw SqsErrors.invalidAttributeValue(name);
                }
                settings.put(name, value.toLowerCase(Locale.ROOT));
            } else if (TEXTS.contains(name)) {
                settings.put(name, value);
            } else {
                throw SqsErrors.unknownAttribute(name);
            }
        }
        if (queueName.endsWith(".fifo")) {
            throw SqsErrors.invalidParameter("Can only include alphanumeric characters, hyphens, or underscores. "
                    + "1 to 80 in length");
        }
        return settings;
    }

    private static long number(String name, String value) {
        Range range = NUMBERS.get(name);
        long parsed;
        try {
            parsed = Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException notANumber) {
            throw SqsErrors.invalidAttributeValue(name);
        }
        if (parsed < range.min() || parsed > range.max()) {
            throw SqsErrors.invalidAttributeValue(name);
        }
        return parsed;
    }
}
