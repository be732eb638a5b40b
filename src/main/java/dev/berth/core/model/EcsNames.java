package dev.berth.core.model;

import java.util.regex.Pattern;

/** ECS's naming rule for clusters, services, task definition families and containers: 1–255 of A–Z a–z 0–9 _ -. */
public final class EcsNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

    private EcsNames() {
    }

    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
