package dev.berth.ui.autoscaling;

import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.WholeNumber;

/** Reads the numbers typed into the auto scaling dialogs, noting a message next to each field that is wrong. */
final class FormNumbers {
    private final FieldErrors errors = FieldErrors.none();

    Integer whole(String field, String text, int min, int max) {
        Integer value = WholeNumber.parse(text, min, max);
        if (value == null) {
            errors.add(field, WholeNumber.rangeMessage(min, max));
        }
        return value;
    }

    /** A whole number, or null when the field is left empty. */
    Integer optionalWhole(String field, String text, int min, int max) {
        return text == null || text.isBlank() ? null : whole(field, text, min, max);
    }

    /** A decimal number above {@code exclusiveMin}. */
    Double decimal(String field, String text, double exclusiveMin) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip());
            if (value > exclusiveMin && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // noted below, as an out-of-range value is
        }
        errors.add(field, "Enter a number above " + (exclusiveMin == (long) exclusiveMin
                ? String.valueOf((long) exclusiveMin) : String.valueOf(exclusiveMin)) + ".");
        return null;
    }

    void require(String field, String text, String message) {
        if (text == null || text.isBlank()) {
            errors.add(field, message);
        }
    }

    FieldErrors errors() {
        return errors;
    }
}
