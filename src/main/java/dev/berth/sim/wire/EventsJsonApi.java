package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.EcsParameters;
import dev.berth.core.model.InputTransformer;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.PutTargetsResultEntry;
import dev.berth.core.model.Rule;
import dev.berth.core.model.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.berth.sim.wire.WireInput.integer;
import static dev.berth.sim.wire.WireInput.strings;
import static dev.berth.sim.wire.WireInput.text;

/**
 * Amazon EventBridge over awsJson1_1 ({@code AWSEvents.<Op>}): rules and targets in AWS's PascalCase members, written
 * out by hand because an ECS target's {@code NetworkConfiguration} keeps ECS's lower-case {@code awsvpcConfiguration}
 * inside PascalCase EventBridge shapes.
 */
final class EventsJsonApi implements JsonApi {
    private final ObjectMapper mapper = WireJson.mapper();
    private final Operations operations = new Operations("AWSEvents");

    EventsJsonApi(EventsGateway events) {
        operations.put("PutRule", in -> Map.of("RuleArn", events.putRule(new PutRuleRequest(required(in, "Name"),
                text(in, "ScheduleExpression"), text(in, "EventPattern"), text(in, "State"),
                text(in, "Description"), text(in, "RoleArn")))));
        operations.put("DescribeRule", in -> rule(events.describeRule(required(in, "Name"))));
        operations.put("ListRules", in -> {
            Page<Rule> page = events.listRules(text(in, "NamePrefix"), text(in, "NextToken"), integer(in, "Limit"));
            ArrayNode rules = mapper.createArrayNode();
            page.items().forEach(rule -> rules.add(rule(rule)));
            return paged("Rules", rules, page.nextToken());
        });
        operations.put("PutTargets", in -> failed(events.putTargets(required(in, "Rule"), targets(in))));
        operations.put("ListTargetsByRule", in -> {
            Page<Target> page = events.listTargetsByRule(required(in, "Rule"), text(in, "NextToken"),
                    integer(in, "Limit"));
            ArrayNode targets = mapper.createArrayNode();
            page.items().forEach(target -> targets.add(target(target)));
            return paged("Targets", targets, page.nextToken());
        });
        operations.put("RemoveTargets", in -> failed(events.removeTargets(required(in, "Rule"), strings(in, "Ids"))));
        operations.put("DeleteRule", in -> {
            events.deleteRule(required(in, "Name"));
            return Map.of();
        });
        operations.put("EnableRule", in -> {
            events.enableRule(required(in, "Name"));
            return Map.of();
        });
        operations.put("DisableRule", in -> {
            events.disableRule(required(in, "Name"));
            return Map.of();
        });
    }

    @Override
    public String targetPrefix() {
        return "AWSEvents";
    }

    @Override
    public String internalErrorCode() {
        return "InternalException";
    }

    @Override
    public Object call(String operation, JsonNode input) {
        return operations.call(operation, input);
    }

    private ObjectNode rule(Rule rule) {
        ObjectNode out = mapper.createObjectNode();
        put(out, "Name", rule.name());
        put(out, "Arn", rule.arn());
        put(out, "EventPattern", rule.eventPattern());
        put(out, "ScheduleExpression", rule.scheduleExpression());
        put(out, "State", rule.state());
        put(out, "Description", rule.description());
        put(out, "RoleArn", rule.roleArn());
        put(out, "EventBusName", rule.eventBusName());
        return out;
    }

    private ObjectNode target(Target target) {
        ObjectNode out = mapper.createObjectNode();
        put(out, "Id", target.id());
        put(out, "Arn", target.arn());
        put(out, "RoleArn", target.roleArn());
        put(out, "Input", target.input());
        put(out, "InputPath", target.inputPath());
        if (target.inputTransformer() != null) {
            ObjectNode transformer = out.putObject("InputTransformer");
            ObjectNode paths = transformer.putObject("InputPathsMap");
            target.inputTransformer().inputPathsMap().forEach(paths::put);
            transformer.put("InputTemplate", target.inputTransformer().inputTemplate());
        }
        EcsParameters ecs = target.ecsParameters();
        if (ecs != null) {
            ObjectNode parameters = out.putObject("EcsParameters");
            put(parameters, "TaskDefinitionArn", ecs.taskDefinitionArn());
            if (ecs.taskCount() != null) {
                parameters.put("TaskCount", ecs.taskCount());
            }
            put(parameters, "LaunchType", ecs.launchType());
            put(parameters, "PlatformVersion", ecs.platformVersion());
            put(parameters, "Group", ecs.group());
            AwsVpcConfiguration vpc = ecs.networkConfiguration() == null ? null
                    : ecs.networkConfiguration().awsvpcConfiguration();
            if (vpc != null) {
                ObjectNode awsvpc = parameters.putObject("NetworkConfiguration").putObject("awsvpcConfiguration");
                vpc.subnets().forEach(awsvpc.putArray("Subnets")::add);
                vpc.securityGroups().forEach(awsvpc.putArray("SecurityGroups")::add);
                put(awsvpc, "AssignPublicIp", vpc.assignPublicIp());
            }
        }
        return out;
    }

    private static List<Target> targets(JsonNode input) {
        JsonNode list = input.path("Targets");
        if (!list.isArray()) {
            throw WireFault.serialization("Expected a list for 'Targets'");
        }
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : list) {
            JsonNode transformer = t.get("InputTransformer");
            InputTransformer inputTransformer = null;
            if (transformer != null) {
                Map<String, String> paths = new LinkedHashMap<>();
                transformer.path("InputPathsMap").fields()
                        .forEachRemaining(field -> paths.put(field.getKey(), field.getValue().asText()));
                inputTransformer = new InputTransformer(paths, text(transformer, "InputTemplate"));
            }
            JsonNode ecs = t.get("EcsParameters");
            EcsParameters ecsParameters = null;
            if (ecs != null) {
                JsonNode awsvpc = ecs.path("NetworkConfiguration").get("awsvpcConfiguration");
                NetworkConfiguration network = awsvpc == null ? null : new NetworkConfiguration(
                        new AwsVpcConfiguration(strings(awsvpc, "Subnets"), strings(awsvpc, "SecurityGroups"),
                                text(awsvpc, "AssignPublicIp")));
                ecsParameters = new EcsParameters(text(ecs, "TaskDefinitionArn"), integer(ecs, "TaskCount"),
                        text(ecs, "LaunchType"), network, text(ecs, "PlatformVersion"), text(ecs, "Group"));
            }
            targets.add(new Target(text(t, "Id"), text(t, "Arn"), text(t, "RoleArn"), text(t, "Input"),
                    text(t, "InputPath"), inputTransformer, ecsParameters));
        }
        return targets;
    }

    private ObjectNode failed(List<PutTargetsResultEntry> entries) {
        ObjectNode out = mapper.createObjectNode();
        out.put("FailedEntryCount", entries.size());
        ArrayNode failed = out.putArray("FailedEntries");
        for (PutTargetsResultEntry entry : entries) {
            failed.addObject().put("TargetId", entry.targetId()).put("ErrorCode", entry.errorCode())
                    .put("ErrorMessage", entry.errorMessage());
        }
        return out;
    }

    private ObjectNode paged(String member, ArrayNode items, String nextToken) {
        ObjectNode out = mapper.createObjectNode();
        out.set(member, items);
        put(out, "NextToken", nextToken);
        return out;
    }

    private static void put(ObjectNode out, String member, String value) {
        if (value != null) {
            out.put(member, value);
        }
    }

    /** Coral's wording for a required member left out. */
    private static String required(JsonNode input, String member) {
        String value = text(input, member);
        if (value == null) {
            throw GatewayException.client("ValidationException", "1 validation error detected: Value null at '"
                    + member.substring(0, 1).toLowerCase(Locale.ROOT) + member.substring(1)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }
}
