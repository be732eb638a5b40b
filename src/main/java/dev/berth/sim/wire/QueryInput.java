package dev.berth.sim.wire;

import dev.berth.core.gateway.GatewayException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of an awsQuery request (a form-encoded POST body): {@code Action}, {@code Version}, and the input
 * members flattened as the protocol writes them. A list is {@code Names.member.1}, {@code Names.member.2}, ... (an
 * empty one is {@code Names=}); a structure's members are {@code Matcher.HttpCode}; a list of structures is
 * {@code Tags.member.1.Key}; a map is
 * {@code Attributes.entry.1.key} and {@code Attributes.entry.1.value}. EC2's variant of the protocol writes lists
 * flattened, {@code Filter.1.Value.1}. A view of one nested structure reads its
 * members by their own names. Members that are not what the model says are AWS's {@code ValidationError}.
 */
final class QueryInput {
    private final Map<String, String> parameters;
    private final String prefix;
    private final String accessKeyId;

    private QueryInput(Map<String, String> parameters, String prefix, String accessKeyId) {
        this.parameters = parameters;
        this.prefix = prefix;
        this.accessKeyId = accessKeyId;
    }

    /**
     * The parameters of {@code form}, sent by the holder of {@code accessKeyId}; an undecodable form is AWS's
     * {@code MalformedQueryString}.
     */
    static QueryInput parse(String form, String accessKeyId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (parameters.putIfAbsent(name, value) != null) {
                throw malformed("The parameter " + name + " is given more than once.");
            }
        }
        return new QueryInput(parameters, "", accessKeyId);
    }

    /** Who signed the request: the access key id of its SigV4 scope. */
    String accessKeyId() {
        return accessKeyId;
    }

    String action() {
        return parameters.get("Action");
    }

    String version() {
        return parameters.get("Version");
    }

    /** Null when absent. */
    String text(String member) {
        return parameters.get(prefix + member);
    }

    /** Present and not empty, else AWS's ValidationError for a missing member. */
    String required(String member) {
        String value = text(member);
        if (value == null || value.isEmpty()) {
            throw validation("Value null at '" + camel(member) + "' failed to satisfy constraint: Member must not "
                    + "be null");
        }
        return value;
    }

    Integer integer(String member) {
        String value = text(member);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw validation("Value '" + value + "' at '" + camel(member) + "' failed to satisfy constraint: Member "
                    + "must be a number");
        }
    }

    Boolean bool(String member) {
        String value = text(member);
        if (value == null) {
            return null;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw validation("Value '" + value + "' at '" + camel(member) + "' failed to satisfy constraint: Member "
                    + "must be true or false");
        }
        return Boolean.valueOf(value);
    }

    /** A list of strings, {@code member.member.N}; absent or empty: an empty list. */
    List<String> strings(String member) {
        return new ArrayList<>(indexed(member + ".member.").values());
    }

    /** A list of structures, {@code member.member.N.Name}, each read through its own view. */
    List<QueryInput> structures(String member) {
        return views(member + ".member.");
    }

    /** A list of strings as EC2's protocol writes it, {@code member.N} (e.g. {@code Filter.1.Value.1}). */
    List<String> flattenedStrings(String member) {
        return new ArrayList<>(indexed(member + ".").values());
    }

    /** A list of structures as EC2's protocol writes it, {@code member.N.Name} (e.g. {@code Filter.1.Name}). */
    List<QueryInput> flattenedStructures(String member) {
        return views(member + ".");
    }

    /** A nested structure's view, or null when none of its members is given. */
    QueryInput structure(String member) {
        String start = prefix + member + ".";
        boolean given = parameters.keySet().stream().anyMatch(name -> name.startsWith(start));
        return given ? new QueryInput(parameters, start, accessKeyId) : null;
    }

    /** A map, {@code member.entry.N.key} and {@code member.entry.N.value}, in the order of N. */
    Map<String, String> map(String member) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (QueryInput entry : views(member + ".entry.")) {
            entries.put(entry.required("key"), entry.text("value") == null ? "" : entry.text("value"));
        }
        return entries;
    }

    /** AWS's error for input that breaks the model's constraints, e.g. a page size above the maximum. */
    static GatewayException validation(String violation) {
        return GatewayException.client("ValidationError", "1 validation error detected: " + violation);
    }

    /** One view per index N of {@code listPrefix}N.Name parameters, in the order of N. */
    private List<QueryInput> views(String listPrefix) {
        String start = prefix + listPrefix;
        TreeMap<Integer, QueryInput> items = new TreeMap<>();
        for (String name : parameters.keySet()) {
            int dot = name.indexOf('.', start.length());
            if (name.startsWith(start) && dot > start.length()) {
                int index = index(name.substring(start.length(), dot), name);
                items.computeIfAbsent(index, i -> new QueryInput(parameters, start + i + ".", accessKeyId));
            }
        }
        return new ArrayList<>(items.values());
    }

    private TreeMap<Integer, String> indexed(String listPrefix) {
        String start = prefix + listPrefix;
        TreeMap<Integer, String> items = new TreeMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(start) && name.indexOf('.', start.length()) < 0) {
                items.put(index(name.substring(start.length()), name), value);
            }
        });
        return items;
    }

    private static int index(String text, String parameter) {
        try {
            int index = Integer.parseInt(text);
            if (index >= 1) {
                return index;
            }
        } catch (NumberFormatException e) {
            // answered below, as for an index below 1
        }
        throw malformed("The parameter " + parameter + " has no valid list index (1, 2, ...).");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed("The request body is not a valid form: " + e.getMessage());
        }
    }

    private static WireFault malformed(String message) {
        return new WireFault(400, "MalformedQueryString", message);
    }

    /** A member as AWS's validation messages name it: {@code PageSize} is {@code pageSize}. */
    static String camel(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }
}
