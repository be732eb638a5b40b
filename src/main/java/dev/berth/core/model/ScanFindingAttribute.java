package dev.berth.core.model;

/**
 * A finding's attribute ({@code key}/{@code value}, e.g. {@code package_name}); AWS calls the shape Attribute, a
 * name the ECS container instance attribute already holds here.
 */
public record ScanFindingAttribute(String key, String value) {
}
