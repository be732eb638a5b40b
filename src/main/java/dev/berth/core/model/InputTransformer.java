package dev.berth.core.model;

import java.util.Map;

/**
 * Reshapes the event before a target gets it: each {@code inputPathsMap} entry names a JSON path in the event
 * ({@code $.detail.object.key}), and {@code <name>} in {@code inputTemplate} is replaced by its value.
 */
public record InputTransformer(Map<String, String> inputPathsMap, String inputTemplate) {
    public InputTransformer {
        inputPathsMap = inputPathsMap == null ? Map.of() : Map.copyOf(inputPathsMap);
    }
}
