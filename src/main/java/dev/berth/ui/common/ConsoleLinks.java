package dev.berth.ui.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The AWS console page of an ECS resource, worked out from its ARN (region, partition and names are all in it):
 * clusters, services, tasks and task definitions, as the console's ECS pages address them.
 */
public final class ConsoleLinks {

    private ConsoleLinks() {
    }

    /** The console URL for {@code arn}, or null for an ARN of another kind. */
    public static String of(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        if (parts.length < 6 || !parts[2].equals("ecs")) {
            return null;
        }
        String region = parts[3];
        String[] resource = parts[5].split("/");
        String path = switch (resource[0]) {
            case "cluster" -> resource.length == 2 ? "clusters/" + encode(resource[1]) + "/services" : null;
            case "service" -> resource.length == 3
                    ? "clusters/" + encode(resource[1]) + "/services/" + encode(resource[2]) + "/health" : null;
            case "task" -> resource.length == 3
                    ? "clusters/" + encode(resource[1]) + "/tasks/" + encode(resource[2]) + "/configuration" : null;
            case "task-definition" -> resource.length == 2 && resource[1].contains(":")
                    ? "task-definitions/" + encode(resource[1].replace(':', '/')) + "/containers" : null;
            default -> null;
        };
        if (path == null) {
            return null;
        }
        return "https://" + region + "." + consoleHost(parts[1]) + "/ecs/v2/" + path + "?region=" + region;
    }

    private static String consoleHost(String partition) {
        return switch (partition) {
            case "aws-cn" -> "console.amazonaws.cn";
            case "aws-us-gov" -> "console.amazonaws-us-gov.com";
            default -> "console.aws.amazon.com";
        };
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
