package dev.berth.sim.wire;

import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Ec2Filter;
import dev.berth.core.model.Ec2Instance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Amazon EC2 (API 2016-11-15, signing name {@code ec2}) over EC2's own variant of the query protocol: the request is
 * awsQuery's, with lists written flattened ({@code Filter.1.Value.1}); the answer has no result wrapper, keeps its
 * {@code requestId} inside and writes lists as {@code <item>}s; errors are {@code <Response><Errors><Error>} with a
 * {@code RequestID}. Serves DescribeInstances onto {@link Ec2Gateway}, each instance in a reservation of its own as
 * an auto scaling group launches them.
 */
final class Ec2QueryApi extends QueryApi {
    static final String SIGNING_NAME = "ec2";
    private static final Map<String, Integer> STATE_CODES = Map.of("pending", 0, "running", 16, "shutting-down", 32,
            "terminated", 48, "stopping", 64, "stopped", 80);

    private final String accountId;

    Ec2QueryApi(Ec2Gateway ec2, String accountId) {
        super(SIGNING_NAME, "2016-11-15", "http://ec2.amazonaws.com/doc/2016-11-15/");
        this.accountId = accountId;
        operations.put("DescribeInstances", (in, out) -> {
            List<String> instanceIds = in.flattenedStrings("InstanceId");
            Integer maxResults = in.integer("MaxResults");
            if (!instanceIds.isEmpty() && maxResults != null) {
                throw GatewayException.client("InvalidParameterCombination",
                        "The parameter instancesSet cannot be used with the parameter maxResults");
            }
            List<Ec2Filter> filters = new ArrayList<>(in.flattenedStructures("Filter").stream()
                    .map(filter -> new Ec2Filter(filter.required("Name"), filter.flattenedStrings("Value"))).toList());
            if (!instanceIds.isEmpty()) {
                Ec2Filter named = new Ec2Filter("instance-id", instanceIds);
                checkExist(ec2, named);
                filters.add(named);
            }
            var page = ec2.describeInstances(filters, in.text("NextToken"), maxResults);
            out.items("reservationSet", page.items(), this::reservation).value("nextToken", page.nextToken());
        });
    }

    /** EC2 refuses to describe instances by an id that does not exist, whatever the filters. */
    private static void checkExist(Ec2Gateway ec2, Ec2Filter instanceIds) {
        List<String> found = ec2.describeInstances(List.of(instanceIds), null, null).items().stream()
                .map(Ec2Instance::instanceId).toList();
        instanceIds.values().stream().filter(id -> !found.contains(id)).findFirst().ifPresent(id -> {
            throw GatewayException.client("InvalidInstanceID.NotFound", "The instance ID '" + id + "' does not exist");
        });
    }

    private void reservation(QueryXml out, Ec2Instance instance) {
        out.value("reservationId", "r-" + instance.instanceId().substring("i-".length()))
                .value("ownerId", accountId)
                .items("groupSet", List.of(), (group, none) -> { })
                .items("instancesSet", List.of(instance), Ec2QueryApi::instance);
    }

    private static void instance(QueryXml out, Ec2Instance instance) {
        out.value("instanceId", instance.instanceId())
                .structure("instanceState", state -> state.value("code", STATE_CODES.get(instance.state()))
                        .value("name", instance.state()))
                .value("privateDnsName", instance.privateDnsName())
                .value("instanceType", instance.instanceType())
                .value("launchTime", instance.launchTime())
                .structure("placement", placement -> placement
                        .value("availabilityZone", instance.availabilityZone()).value("tenancy", "default"))
                .value("privateIpAddress", instance.privateIpAddress())
                .value("instanceLifecycle", instance.instanceLifecycle())
                .items("tagSet", instance.tags().entrySet(), (tag, entry) -> tag.value("key", entry.getKey())
                        .value("value", entry.getValue()));
    }

    @Override
    String answer(String action, QueryXml result, String requestId) {
        return "<" + action + "Response xmlns=\"" + namespace() + "\"><requestId>" + requestId + "</requestId>"
                + result + "</" + action + "Response>";
    }

    @Override
    String error(int status, String code, String message, String requestId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>" + QueryXml.escape(code)
                + "</Code><Message>" + QueryXml.escape(message) + "</Message></Error></Errors><RequestID>"
                + requestId + "</RequestID></Response>";
    }

    /** EC2 refuses a bad signature or an unknown key alike, with 401 AuthFailure. */
    @Override
    Refusal refusal(String errorCode, String message) {
        return new Refusal(401, "AuthFailure", "AWS was not able to validate the provided access credentials");
    }
}
