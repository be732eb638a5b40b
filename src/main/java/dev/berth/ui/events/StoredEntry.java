package dev.berth.ui.events;

/** A line of the S3 and DynamoDB list: an object of a bucket, or an item of a table. */
record StoredEntry(String id, String place, String text) {
}
