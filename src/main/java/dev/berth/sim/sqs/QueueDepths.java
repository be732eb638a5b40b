package dev.berth.sim.sqs;

/** What Application Auto Scaling reads of SQS: a queue's visible messages, and the queue a service works on. */
public interface QueueDepths {

    /** ApproximateNumberOfMessagesVisible of the named queue, or null when there is no such queue. */
    Long visibleMessages(String queueName);

    /** The name of the queue the service's tasks work on, or null when they work on none. */
    String workerQueue(String cluster, String service);
}
