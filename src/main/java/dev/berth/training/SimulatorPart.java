package dev.berth.training;

/**
 * Parts of AWS the simulator does not run yet. A lesson lists the ones its hands-on practice would need in
 * {@code requires}; until they exist it is a reading lesson with a quiz.
 */
public enum SimulatorPart {
    LOAD_BALANCING("Elastic Load Balancing target groups"),
    SERVICE_AUTO_SCALING("Application Auto Scaling for ECS services"),
    EVENTBRIDGE("Amazon EventBridge rules and schedules"),
    SQS("Amazon SQS queues"),
    EFS("Amazon EFS file systems");

    private final String title;

    SimulatorPart(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
