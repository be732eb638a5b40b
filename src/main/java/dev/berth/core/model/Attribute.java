package dev.berth.core.model;

/** A container instance attribute, e.g. {@code ecs.availability-zone} = {@code us-east-1a}. */
public record Attribute(String name, String value) {
}
