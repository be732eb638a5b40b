package dev.berth.ui.common;

import dev.berth.core.model.EcsNames;

/** Field messages for names that break ECS's naming rule ({@link EcsNames}). */
public final class AwsNames {

    private AwsNames() {
    }

    /** A message saying what is wrong with {@code name} as a {@code what} (e.g. "cluster name"), or null. */
    public static String problemWith(String name, String what) {
        if (name == null || name.isBlank()) {
            return "Enter a " + what + ".";
        }
        if (!EcsNames.isValid(name)) {
            return "A " + what + " has 1–255 letters, digits, hyphens (-) and underscores (_) only.";
        }
        return null;
    }
}
