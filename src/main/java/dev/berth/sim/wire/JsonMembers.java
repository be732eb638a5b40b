package dev.berth.sim.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.Page;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reading members of a request body and writing a list call's page, the same for every JSON protocol. */
final class JsonMembers {
    private JsonMembers() {
    }

    /** The whole input as a record whose components are named as AWS names the members. */
    static <T> T read(ObjectMapper mapper, JsonNode input, Class<T> type) {
        try {
            return mapper.treeToValue(input, type);
        } catch (JsonProcessingException e) {
            throw WireFault.serialization(e.getOriginalMessage());
        }
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

    /** {@code {"<member>": [...], "nextToken": ...}}, the token left out on the last page. */
    static Map<String, Object> page(String member, Page<String> page) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(member, page.items());
        if (page.nextToken() != null) {
            out.put("nextToken", page.nextToken());
        }
        return out;
    }
}
