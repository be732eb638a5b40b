package dev.berth.ui.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Validation messages by form field, in the order found; the form shows each next to its field. */
public final class FieldErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    /** Keeps the first message for a field: it is usually the most basic problem. */
    public FieldErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The message for {@code field}, or null. */
    public String get(String field) {
        return byField.get(field);
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(byField);
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
