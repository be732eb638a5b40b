package dev.berth.sim.events;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Notification;
import dev.berth.sim.SimContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The simulated SNS: topics, and every message they published, kept so the user can read what a subscriber (the
 * administrator's e-mail in the seeds) would have received.
 */
final class Topics {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final SimContext context;
    private final Map<String, List<Notification>> topics = new TreeMap<>();

    Topics(SimContext context) {
        this.context = context;
    }

    /** CreateTopic is idempotent: a name already taken answers the existing topic. */
    String create(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw GatewayException.client("InvalidParameter", "Invalid parameter: Topic Name");
        }
        String arn = arn(name);
        topics.putIfAbsent(arn, new ArrayList<>());
        return arn;
    }

    List<String> list() {
        return List.copyOf(topics.keySet());
    }

    /** Answers the message id. */
    String publish(String topicArn, String message) {
        List<Notification> published = topics.get(topicArn);
        if (published == null) {
            throw GatewayException.client("NotFound", "Topic does not exist");
        }
        String messageId = context.random().uuid();
        published.add(new Notification(topicArn, messageId, context.now(), message));
        return messageId;
    }

    /** Newest first. */
    List<Notification> notifications(String topicArn) {
        List<Notification> published = topics.get(topicArn);
        if (published == null) {
            throw GatewayException.client("NotFound", "Topic does not exist");
        }
        List<Notification> newestFirst = new ArrayList<>(published);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private String arn(String name) {
        return "arn:aws:sns:" + context.settings().region() + ":" + context.settings().accountId() + ":" + name;
    }
}
