package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads single members of a JSON request, refusing a member of the wrong type as AWS does. */
final class JsonMembers {

    private JsonMembers() {
    }

    /** The member's text, or null when it is missing or null. */
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

    /** The member's whole number, or null when it is missing or null. */
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
}
