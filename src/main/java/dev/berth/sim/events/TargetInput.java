package dev.berth.sim.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.berth.core.model.InputTransformer;
import dev.berth.core.model.Target;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a target receives for an event: its constant {@code Input}, the part of the event its {@code InputPath}
 * selects, its {@code InputTransformer}'s template filled from the event, or else the whole event. Paths are
 * EventBridge's JSONPath subset: {@code $}, then {@code .name} and {@code [index]} steps.
 */
final class TargetInput {
    private static final Pattern PATH = Pattern.compile("\\$(\\.[^.\\[\\]]+|\\[\\d+])*");
    private static final Pattern STEP = Pattern.compile("\\.([^.\\[\\]]+)|\\[(\\d+)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z0-9_-]+)>");

    private TargetInput() {
    }

    static boolean isPath(String path) {
        return path != null && PATH.matcher(path).matches();
    }

    /** Throws IllegalArgumentException when the result is not JSON, e.g. a template that fills to broken JSON. */
    static JsonNode of(Target target, JsonNode event) {
        if (target.input() != null) {
            return parse(target.input());
        }
        if (target.inputPath() != null) {
            JsonNode selected = select(event, target.inputPath());
            return selected == null ? NullNode.getInstance() : selected;
        }
        if (target.inputTransformer() != null) {
            return transform(target.inputTransformer(), event);
        }
        return event;
    }

    /** A template that is not JSON (plain text for an SNS message) comes through as a JSON string. */
    private static JsonNode transform(InputTransformer transformer, JsonNode event) {
        Map<String, String> paths = transformer.inputPathsMap();
        Matcher placeholder = PLACEHOLDER.matcher(transformer.inputTemplate());
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String path = paths.get(placeholder.group(1));
            String replacement = placeholder.group();
            if (path != null) {
                JsonNode value = select(event, path);
                replacement = value == null || value.isNull() ? "" : value.isTextual() ? escaped(value.asText())
                        : value.toString();
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(filled);
        String text = filled.toString().strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            return parse(text);
        }
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
            return parse(text);
        }
        return TextNode.valueOf(text);
    }

    /** A string value goes into the template as JSON string content, so {@code "<key>"} stays valid JSON. */
    private static String escaped(String text) {
        String quoted = TextNode.valueOf(text).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    static JsonNode select(JsonNode event, String path) {
        if (!isPath(path)) {
            return null;
        }
        JsonNode node = event;
        Matcher step = STEP.matcher(path.substring(1));
        while (node != null && step.find()) {
            node = step.group(1) != null ? node.get(step.group(1)) : node.get(Integer.parseInt(step.group(2)));
        }
        return node;
    }

    static JsonNode parse(String text) {
        try {
            return AwsEvents.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The target's input is not valid JSON: " + text);
        }
    }
}
