package dev.berth.training;

/**
 * Parts of AWS a lesson's hands-on practice needs from the simulator. A lesson lists the ones the simulator does not
 * run yet in {@code requires}; until they exist it is a reading lesson with a quiz. The simulator runs all of these
 * now, so no lesson lists one; a part a future lesson waits for is added here.
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
