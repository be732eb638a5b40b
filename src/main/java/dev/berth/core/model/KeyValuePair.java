package dev.berth.core.model;

/** A name/value pair: container environment variables, attachment details. */
public record KeyValuePair(String name, String value) {
}
