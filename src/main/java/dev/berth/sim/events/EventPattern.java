package dev.berth.sim.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An EventBridge event pattern, matched as EventBridge matches: every field the pattern names must match; a field
 * is matched by an array of values, any one of which may match (an array in the event matches if any element does);
 * a nested object matches the event's object field by field. Besides exact values, the content filters
 * {@code prefix}, {@code suffix}, {@code equals-ignore-case}, {@code anything-but}, {@code exists} and
 * {@code numeric} are understood; any other is refused as not valid.
 */
final class EventPattern {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode pattern;

    private EventPattern(JsonNode pattern) {
        this.pattern = pattern;
    }

    /** Throws InvalidEventPatternException with EventBridge's kind of reason. */
    static EventPattern parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw EventsErrors.invalidPattern("Filter is not an object");
        }
        if (node == null || !node.isObject()) {
            throw EventsErrors.invalidPattern("Filter is not an object");
        }
        checkObject(node);
        return new EventPattern(node);
    }

    boolean matches(JsonNode event) {
        return matchesObject(pattern, event);
    }

    private static void checkObject(JsonNode object) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                checkObject(value);
            } else if (value.isArray()) {
                if (value.isEmpty()) {
                    throw EventsErrors.invalidPattern("Empty arrays are not allowed");
                }
                value.forEach(EventPattern::checkMatcher);
            } else {
                throw EventsErrors.invalidPattern("\"" + field.getKey() + "\" must be an object or an array");
            }
        }
    }

    private static void checkMatcher(JsonNode matcher) {
        if (!matcher.isObject()) {
            return;
        }
        if (matcher.size() != 1) {
            throw EventsErrors.invalidPattern("Only one key allowed in match expression");
        }
        String kind = matcher.fieldNames().next();
        JsonNode operand = matcher.get(kind);
        switch (kind) {
            case "prefix", "suffix", "equals-ignore-case" -> {
                if (!operand.isTextual()) {
                    throw EventsErrors.invalidPattern(kind + " match pattern must be a string");
                }
            }
            case "exists" -> {
                if (!operand.isBoolean()) {
                    throw EventsErrors.invalidPattern("exists match pattern must be either true or false.");
                }
            }
            case "anything-but" -> {
                if (operand.isObject() || operand.isArray() && operand.isEmpty()) {
                    throw EventsErrors.invalidPattern("Value of anything-but must be an array or single string/"
                            + "number value.");
                }
            }
            case "numeric" -> checkNumeric(operand);
            default -> throw EventsErrors.invalidPattern("Unrecognized match type " + kind);
        }
    }

    private static void checkNumeric(JsonNode operand) {
        if (!operand.isArray() || operand.isEmpty() || operand.size() % 2 != 0) {
            throw EventsErrors.invalidPattern("Value of numeric must be an array.");
        }
        for (int i = 0; i < operand.size(); i += 2) {
            String operator = operand.get(i).asText();
            if (!Set.of("<", "<=", "=", ">", ">=").contains(operator) || !operand.get(i + 1).isNumber()) {
                throw EventsErrors.invalidPattern("Unrecognized numeric range operator: " + operator);
            }
        }
    }

    private static boolean matchesObject(JsonNode pattern, JsonNode event) {
        Iterator<Map.Entry<String, JsonNode>> fields = pattern.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = event == null ? null : event.get(field.getKey());
            boolean matched = field.getValue().isObject() ? value != null && value.isObject()
                    && matchesObject(field.getValue(), value) : matchesField(field.getValue(), value);
            if (!matched) {
                return false;
            }
        }
        return true;
    }

    /** {@code value} null means the event lacks the field: only {@code "exists": false} matches that. */
    private static boolean matchesField(JsonNode matchers, JsonNode value) {
        for (JsonNode matcher : matchers) {
            if (value == null || value.isNull() && !matcher.isNull()) {
                if (matcher.isObject() && matcher.has("exists") && !matcher.get("exists").asBoolean()) {
                    return true;
                }
                continue;
            }
            if (value.isArray()) {
                for (JsonNode element : value) {
                    if (matchesValue(matcher, element)) {
                        return true;
                    }
                }
            } else if (matchesValue(matcher, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesValue(JsonNode matcher, JsonNode value) {
        if (!matcher.isObject()) {
            return same(matcher, value);
        }
        String kind = matcher.fieldNames().next();
        JsonNode operand = matcher.get(kind);
        return switch (kind) {
            case "prefix" -> value.isTextual() && value.asText().startsWith(operand.asText());
            case "suffix" -> value.isTextual() && value.asText().endsWith(operand.asText());
            case "equals-ignore-case" -> value.isTextual()
                    && value.asText().toLowerCase(Locale.ROOT).equals(operand.asText().toLowerCase(Locale.ROOT));
            case "exists" -> operand.asBoolean();
            case "anything-but" -> !anyOf(operand, value);
            case "numeric" -> value.isNumber() && inRange(operand, value.asDouble());
            default -> false;
        };
    }

    private static boolean anyOf(JsonNode operand, JsonNode value) {
        if (!operand.isArray()) {
            return same(operand, value);
        }
        for (JsonNode excluded : operand) {
            if (same(excluded, value)) {
                return true;
            }
        }
        return false;
    }

    /** Numbers compare as numbers (5 matches 5.0), everything else by its JSON value. */
    private static boolean same(JsonNode expected, JsonNode value) {
        if (expected.isNumber() && value.isNumber()) {
            return expected.asDouble() == value.asDouble();
        }
        return expected.equals(value);
    }

    private static boolean inRange(JsonNode operand, double number) {
        for (int i = 0; i < operand.size(); i += 2) {
            double bound = operand.get(i + 1).asDouble();
            boolean holds = switch (operand.get(i).asText()) {
                case "<" -> number < bound;
                case "<=" -> number <= bound;
                case "=" -> number == bound;
                case ">" -> number > bound;
                default -> number >= bound;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
