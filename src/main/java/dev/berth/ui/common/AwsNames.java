package dev.berth.ui.common;

import java.util.regex.Pattern;

/** AWS's naming rule for clusters, services, task definition families and container names. */
public final class AwsNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

    private AwsNames() {
    }

    /** A message saying what is wrong with {@code name} as a {@code what} (e.g. "cluster name"), or null. */
    public static String problemWith(String name, String what) {
        if (name == null || name.isBlank()) {
            return "Enter a " + what + ".";
        }
        if (!NAME.matcher(name).matches()) {
            return "A " + what + " has 1–255 letters, digits, hyphens (-) and underscores (_) only.";
        }
        return null;
    }
}
