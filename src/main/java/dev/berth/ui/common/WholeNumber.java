package dev.berth.ui.common;

/** Reads a whole number typed into a form field, within bounds, for validation messages next to the field. */
public final class WholeNumber {

    private WholeNumber() {
    }

    /** The number, or null when {@code text} is not a whole number from {@code min} to {@code max}. */
    public static Integer parse(String text, int min, int max) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            return value < min || value > max ? null : value;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public static String rangeMessage(int min, int max) {
        return "Enter a whole number from " + min + " to " + max + ".";
    }
}
