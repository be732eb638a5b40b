package dev.berth.core.gateway;

import dev.berth.core.model.Notification;

import java.util.List;

/** The little of Amazon SNS the event flows need: topics that announce what happened. One method per operation. */
public interface SnsGateway {

    /** Answers the topic's ARN; idempotent. */
    String createTopic(String name);

    /** ListTopics, every topic's ARN. */
    List<String> listTopics();

    /**
     * Simulator only: what the topic published, newest first. SNS keeps no copy of a message: on AWS, subscribe to
     * the topic to see them.
     */
    List<Notification> listNotifications(String topicArn);
}
