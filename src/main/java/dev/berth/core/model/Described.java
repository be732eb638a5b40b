package dev.berth.core.model;

import java.util.List;

/** The result of a batch describe call: what was found, and a failure for each name that was not. */
public record Described<T>(List<T> items, List<Failure> failures) {
    public Described {
        items = List.copyOf(items);
        failures = List.copyOf(failures);
    }
}
