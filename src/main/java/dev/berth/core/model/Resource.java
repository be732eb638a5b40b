package dev.berth.core.model;

import java.util.List;

/** A container instance resource: CPU and MEMORY as integers, PORTS and PORTS_UDP as string sets. */
public record Resource(String name, String type, Integer integerValue, List<String> stringSetValue) {
    public Resource {
        stringSetValue = stringSetValue == null ? List.of() : List.copyOf(stringSetValue);
    }

    public static Resource integer(String name, int value) {
        return new Resource(name, "INTEGER", value, List.of());
    }

    public static Resource stringSet(String name, List<String> values) {
        return new Resource(name, "STRINGSET", null, values);
    }
}
