package dev.berth.sim.ecs;

import dev.berth.core.model.FeedKind;
import dev.berth.core.model.ServiceEvent;
import dev.berth.sim.SimContext;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's {@code events[]}: newest first, at most 100; every event also goes to the cluster's feed, which keeps
 * them all. A message about a lasting condition (steady state, a task
 * that cannot be placed) is written once and then held back while the condition lasts, for up to six hours, as
 * AWS does; so a steady service repeats "has reached a steady state" every six hours.
 */
final class ServiceEventLog {
    static final int KEPT = 100;
    static final Duration REPEAT_AFTER = Duration.ofHours(6);

    private record Written(String message, long atMillis) {
    }

    private final SimContext context;
    private final String cluster;
    private final String service;
    private final Deque<ServiceEvent> events = new ArrayDeque<>();
    /**
     * The events as describes answer them, copied when one is added rather than on every describe: a DescribeServices
     * of ten services copied a thousand events per call, and describes far outnumber new events.
     */
    private List<ServiceEvent> newestFirst = List.of();
    /** The last message written for each lasting condition that still holds. */
    private final Map<String, Written> conditions = new HashMap<>();

    ServiceEventLog(SimContext context, String cluster, String service) {
        this.context = context;
        this.cluster = cluster;
        this.service = service;
    }

    void add(String message) {
        events.addFirst(new ServiceEvent(context.random().uuid(), context.now(), message));
        if (events.size() > KEPT) {
            events.removeLast();
        }
        newestFirst = List.copyOf(events);
        context.feed().record(cluster, FeedKind.SERVICE, service, message);
    }

    /** Writes {@code message} for {@code condition} unless the same message was written in the last six hours. */
    void addWhile(String condition, String message) {
        Written last = conditions.get(condition);
        long now = context.nowMillis();
        if (last != null && last.message().equals(message) && now - last.atMillis() < REPEAT_AFTER.toMillis()) {
            return;
        }
        conditions.put(condition, new Written(message, now));
        add(message);
    }

    /** The condition no longer holds: its message will be written again when it returns. */
    void clear(String condition) {
        conditions.remove(condition);
    }

    List<ServiceEvent> newestFirst() {
        return newestFirst;
    }
}
