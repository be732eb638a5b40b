package dev.berth.ui.autoscaling;

import dev.berth.core.model.LoadProfile;

/**
 * The SQS queue a service's tasks work on (their QUEUE_URL), as the auto scaling tab shows it: its visible and
 * in-flight messages, and on the simulator the producer load sending to it (null when none).
 */
record WorkerQueue(String queueUrl, String queueName, long visible, long inFlight, LoadProfile producerLoad) {
}
