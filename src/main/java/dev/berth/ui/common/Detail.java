package dev.berth.ui.common;

/** One line of a details pane: what it is, and its value as text. */
public record Detail(String key, String value) {

    public static Detail of(String key, Object value) {
        return new Detail(key, value == null ? "" : String.valueOf(value));
    }
}
