package dev.berth.contract;

import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.model.TableDescription;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every DynamoDB backend must do with the event flows' tables, with DynamoDB's error codes and messages: run
 * by {@link SimDynamoDbGatewayTest} against the simulator's own gateway and by {@link AwsDynamoDbGatewayTest}
 * against the AWS SDK gateway talking awsJson1_0 to the simulator's endpoint.
 */
abstract class DynamoDbGatewayContract {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /** The gateway under test over {@code simulator}. */
    protected abstract DynamoDbGateway backend(Simulator simulator);

    private static Simulator world() {
        return Simulator.create(WorldSettings.of("dynamodb-contract", 5, START), CommandJournal.none());
    }

    @Test
    void aTableIsCreatedActiveListedAndDescribed() {
        DynamoDbGateway dynamoDb = backend(world());

        dynamoDb.createTable("processed-objects", "OBJECT_KEY");
        dynamoDb.createTable("audit", "id");

        assertThat(dynamoDb.listTables()).containsExactly("audit", "processed-objects");
        assertThat(dynamoDb.describeTable("processed-objects")).isEqualTo(new TableDescription("processed-objects",
                "arn:aws:dynamodb:us-east-1:" + WorldSettings.DEFAULT_ACCOUNT_ID + ":table/processed-objects",
                "OBJECT_KEY", "ACTIVE", 0, START));
        assertThat(dynamoDb.scan("processed-objects")).isEmpty();
    }

    @Test
    void aMissingTableIsNotFoundAndATakenNameIsInUse() {
        DynamoDbGateway dynamoDb = backend(world());
        dynamoDb.createTable("audit", "id");

        assertRefused(() -> dynamoDb.describeTable("missing"), "ResourceNotFoundException",
                "Requested resource not found: Table: missing not found");
        assertRefused(() -> dynamoDb.scan("missing"), "ResourceNotFoundException",
                "Requested resource not found: Table: missing not found");
        assertRefused(() -> dynamoDb.createTable("audit", "id"), "ResourceInUseException",
                "Table already exists: audit");
        assertRefused(() -> dynamoDb.createTable("a", "id"), "ValidationException", "1 validation error detected: "
                + "Value 'a' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression "
                + "pattern: [a-zA-Z0-9_.-]+");
    }

    @Test
    void everyTableIsListedPastTheHundredOfOnePage() {
        Simulator simulator = world();
        DynamoDbGateway dynamoDb = backend(simulator);
        for (int i = 0; i < 102; i++) {
            simulator.dynamoDb().createTable(String.format("table-%03d", i), "id");
        }

        assertThat(dynamoDb.listTables()).hasSize(102).startsWith("table-000").endsWith("table-101");
    }

    @Test
    void theItemATaskWroteIsScanned() {
        Simulator simulator = world();
        DemoWorld.populate(simulator);
        DynamoDbGateway dynamoDb = backend(simulator);
        simulator.s3().putObject(DemoWorld.BUCKET, "incoming/invoice-42.pdf", 52_000);
        simulator.advanceBy(Duration.ofMinutes(3));

        assertThat(dynamoDb.scan(DemoWorld.TABLE)).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("OBJECT_KEY", "incoming/invoice-42.pdf").containsKey("taskArn"));
        assertThat(dynamoDb.describeTable(DemoWorld.TABLE).itemCount()).isEqualTo(1);
    }
}
