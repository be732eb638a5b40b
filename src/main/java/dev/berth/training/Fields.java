package dev.berth.training;

import java.util.List;

/** The checks every lesson record makes of its own members, with messages that name the member. */
final class Fields {

    private Fields() {
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + what + "' is required");
        }
        return value;
    }

    static int atLeast(Integer value, int min, String what) {
        if (value == null) {
            throw new IllegalArgumentException("'" + what + "' is required");
        }
        if (value < min) {
            throw new IllegalArgumentException("'" + what + "' must be at least " + min + ", not " + value);
        }
        return value;
    }

    static Integer optionalAtLeast(Integer value, int min, String what) {
        return value == null ? null : atLeast(value, min, what);
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
