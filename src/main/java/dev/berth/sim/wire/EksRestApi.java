package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.gateway.EksGateway;
import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.CreateFargateProfileRequest;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.UpdateNodegroupConfigRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.wire.WireInput.page;
import static dev.berth.sim.wire.WireInput.text;

/**
 * Amazon EKS over restJson1: the operation is the HTTP method and path (AWS-BEHAVIOUR.md §4.1), path segments and
 * query parameters carry the names, POST bodies the rest; answers are wrapped as the model names them
 * ({@code {"cluster": ...}}, {@code {"nodegroups": [...], "nextToken": ...}}).
 */
final class EksRestApi {

    /** What one route does with the request: its path parameters in order, its query and its body. */
    @FunctionalInterface
    private interface Operation {
        Object call(List<String> names, Map<String, String> query, ObjectNode body);
    }

    /** A method and a path template whose {@code *} segments are parameters. */
    private record Route(String method, String[] template, Operation operation) {
        List<String> match(String requestMethod, String[] segments) {
            if (!method.equals(requestMethod) || template.length != segments.length) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < template.length; i++) {
                if (template[i].equals("*")) {
                    names.add(segments[i]);
                } else if (!template[i].equals(segments[i])) {
                    return null;
                }
            }
            return names;
        }
    }

    private final ObjectMapper mapper;
    private final List<Route> routes = new ArrayList<>();

    EksRestApi(EksGateway eks, ObjectMapper mapper) {
        this.mapper = mapper;
        route("POST", "/clusters", (n, q, body) -> Map.of("cluster",
                eks.createCluster(read(body, CreateEksClusterRequest.class))));
        route("GET", "/clusters", (n, q, body) -> page("clusters",
                eks.listClusters(q.get("nextToken"), integer(q, "maxResults"))));
        route("GET", "/clusters/*", (n, q, body) -> Map.of("cluster", eks.describeCluster(n.get(0))));
        route("DELETE", "/clusters/*", (n, q, body) -> Map.of("cluster", eks.deleteCluster(n.get(0))));
        route("POST", "/clusters/*/updates", (n, q, body) -> Map.of("update",
                eks.updateClusterVersion(n.get(0), text(body, "version"))));
        route("GET", "/clusters/*/updates", (n, q, body) -> page("updateIds", eks.listUpdates(n.get(0),
                q.get("nodegroupName"), q.get("nextToken"), integer(q, "maxResults"))));
        route("GET", "/clusters/*/updates/*", (n, q, body) -> Map.of("update",
                eks.describeUpdate(n.get(0), n.get(1), q.get("nodegroupName"))));
        route("POST", "/clusters/*/node-groups", (n, q, body) -> Map.of("nodegroup", eks.createNodegroup(
                read(body.put("clusterName", n.get(0)), CreateNodegroupRequest.class))));
        route("GET", "/clusters/*/node-groups", (n, q, body) -> page("nodegroups",
                eks.listNodegroups(n.get(0), q.get("nextToken"), integer(q, "maxResults"))));
        route("GET", "/clusters/*/node-groups/*", (n, q, body) -> Map.of("nodegroup",
                eks.describeNodegroup(n.get(0), n.get(1))));
        route("DELETE", "/clusters/*/node-groups/*", (n, q, body) -> Map.of("nodegroup",
                eks.deleteNodegroup(n.get(0), n.get(1))));
        route("POST", "/clusters/*/node-groups/*/update-config", (n, q, body) -> Map.of("update",
                eks.updateNodegroupConfig(read(body.put("clusterName", n.get(0)).put("nodegroupName", n.get(1)),
                        UpdateNodegroupConfigRequest.class))));
        route("POST", "/clusters/*/node-groups/*/update-version", (n, q, body) -> Map.of("update",
                eks.updateNodegroupVersion(n.get(0), n.get(1), text(body, "version"))));
        route("POST", "/clusters/*/fargate-profiles", (n, q, body) -> Map.of("fargateProfile",
                eks.createFargateProfile(read(body.put("clusterName", n.get(0)),
                        CreateFargateProfileRequest.class))));
        route("GET", "/clusters/*/fargate-profiles", (n, q, body) -> page("fargateProfileNames",
                eks.listFargateProfiles(n.get(0), q.get("nextToken"), integer(q, "maxResults"))));
        route("GET", "/clusters/*/fargate-profiles/*", (n, q, body) -> Map.of("fargateProfile",
                eks.describeFargateProfile(n.get(0), n.get(1))));
        route("DELETE", "/clusters/*/fargate-profiles/*", (n, q, body) -> Map.of("fargateProfile",
                eks.deleteFargateProfile(n.get(0), n.get(1))));
        route("POST", "/clusters/*/addons", (n, q, body) -> Map.of("addon",
                eks.createAddon(n.get(0), text(body, "addonName"), text(body, "addonVersion"))));
        route("GET", "/clusters/*/addons", (n, q, body) -> page("addons",
                eks.listAddons(n.get(0), q.get("nextToken"), integer(q, "maxResults"))));
        route("GET", "/clusters/*/addons/*", (n, q, body) -> Map.of("addon",
                eks.describeAddon(n.get(0), n.get(1))));
    }

    private void route(String method, String template, Operation operation) {
        routes.add(new Route(method, template.substring(1).split("/"), operation));
    }

    /** Answers the request; an unknown method and path is AWS's UnknownOperationException with 404. */
    Object call(String method, String rawPath, String rawQuery, ObjectNode body) {
        String[] segments = rawPath.replaceAll("^/+|/+$", "").split("/");
        for (int i = 0; i < segments.length; i++) {
            segments[i] = decode(segments[i]);
        }
        for (Route route : routes) {
            List<String> names = route.match(method, segments);
            if (names != null) {
                return route.operation.call(names, query(rawQuery), body);
            }
        }
        throw new WireFault(404, "UnknownOperationException", "Unknown operation " + method + " " + rawPath);
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq
                            + 1)));
                }
            }
        }
        return query;
    }

    static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private <T> T read(JsonNode input, Class<T> type) {
        return WireInput.read(mapper, input, type);
    }

    static Integer integer(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw WireFault.serialization("Expected an integer for '" + name + "'");
        }
    }

    /** The HTTP status of an EKS error shape ({@code httpStatusCode} in the model). */
    static int status(String errorCode) {
        return switch (errorCode) {
            case "ResourceNotFoundException", "NotFoundException" -> 404;
            case "ResourceInUseException" -> 409;
            case "AccessDeniedException" -> 403;
            case "ResourcePropagationDelayException" -> 428;
            case "ThrottlingException" -> 429;
            case "ServerException" -> 500;
            case "ServiceUnavailableException" -> 503;
            default -> 400;
        };
    }
}
