package dev.berth.sim.elb;

/**
 * What answers a health check sent to a target. ECS answers for the targets its tasks registered; a target nothing
 * answers for (an address no task has) never responds.
 */
public interface TargetProbe {

    /** How a target answers a health check, with the HTTP status an HTTP check receives. */
    enum Answer {
        /** The application serves the path (HTTP 200), or accepts a TCP connection. */
        OK(200),
        /** The application answers, but has nothing at the path (HTTP 404); a TCP connection still succeeds. */
        NOT_FOUND(404),
        /** The application answers, with an error (HTTP 500). */
        ERROR(500),
        /** Nothing answers within the timeout. */
        NO_ANSWER(0);

        private final int httpCode;

        Answer(int httpCode) {
            this.httpCode = httpCode;
        }

        public int httpCode() {
            return httpCode;
        }
    }

    /** {@code path} is the health check's path, null for a TCP check. */
    Answer probe(String targetGroupKey, String targetId, int port, String path);

    TargetProbe NOBODY = (group, id, port, path) -> Answer.NO_ANSWER;
}
