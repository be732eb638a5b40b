package dev.berth.sim.elb;

/**
 * What answers a health check sent to a target. ECS answers for the targets its tasks registered; a target nothing
 * answers for (an address no task has) never responds.
 */
public interface TargetProbe {

    /** How a target answers a health check. */
    enum Answer {
        /** The check's success code, or a TCP connection. */
        OK,
        /** The application answers, with an error (HTTP 500). */
        ERROR,
        /** Nothing answers within the timeout. */
        NO_ANSWER
    }

    Answer probe(String targetGroupKey, String targetId, int port);

    TargetProbe NOBODY = (group, id, port) -> Answer.NO_ANSWER;
}
