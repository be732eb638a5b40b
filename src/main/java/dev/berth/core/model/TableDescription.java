package dev.berth.core.model;

import java.time.Instant;

/** A DynamoDB table: its partition key (a string attribute) and how many items it holds. */
public record TableDescription(String tableName, String tableArn, String partitionKey, String tableStatus,
                               long itemCount, Instant creationDateTime) {
}
