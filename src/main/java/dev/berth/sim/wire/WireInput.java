package dev.berth.sim.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading members of a JSON-RPC request and writing a page, the same way for every service. */
final class WireInput {
    private WireInput() {
    }

    static <T> T read(ObjectMapper mapper, JsonNode input, Class<T> type) {
        try {
            return mapper.treeToValue(input, type);
        } catch (JsonProcessingException e) {
            throw WireFault.serialization(e.getOriginalMessage());
        }
    }

    static String required(JsonNode input, String member) {
        String value = text(input, member);
        if (value == null) {
            throw GatewayException.client("InvalidParameterException", member + " can not be blank.");
        }
        return value;
    }

    static String text(JsonNode input, String member) {
        JsonNode node = input.get(member);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw WireFault.serialization("Expected a string for '" + member + "'");
        }
        return node.asText();
    }

    static Integer integer(JsonNode input, String member) {
        JsonNode node = input.get(member);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            throw WireFault.serialization("Expected an integer for '" + member + "'");
        }
        return node.asInt();
    }

    static List<String> strings(JsonNode input, String member) {
        JsonNode node = input.get(member);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw WireFault.serialization("Expected a list of strings for '" + member + "'");
        }
        List<String> values = new ArrayList<>();
        node.forEach(item -> values.add(item.asText()));
        return values;
    }

    /** A page as AWS writes it: the items under {@code member}, and {@code nextToken} only when there is more. */
    static Map<String, Object> page(String member, Page<?> page) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(member, page.items());
        if (page.nextToken() != null) {
            out.put("nextToken", page.nextToken());
        }
        return out;
    }
}
