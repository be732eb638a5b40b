package dev.berth.sim;

import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Ec2Filter;
import dev.berth.core.model.Ec2Instance;
import dev.berth.core.model.Page;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The simulator's EC2 instances: those behind its EKS node groups' nodes, filtered and paged as DescribeInstances
 * does. Filters on {@code tag:KEY}, {@code tag-key}, {@code instance-id}, {@code instance-type},
 * {@code instance-state-name}, {@code availability-zone} and {@code private-dns-name}; EC2's other filters are
 * refused as unknown.
 */
final class SimEc2Gateway implements Ec2Gateway {
    static final int MIN_RESULTS = 5;
    static final int MAX_RESULTS = 1000;

    private final Simulator simulator;

    SimEc2Gateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Page<Ec2Instance> describeInstances(List<Ec2Filter> filters, String nextToken, Integer maxResults) {
        if (maxResults != null && (maxResults < MIN_RESULTS || maxResults > MAX_RESULTS)) {
            throw invalid("Value ( " + maxResults + " ) for parameter maxResults is invalid. Expecting a value "
                    + (maxResults < MIN_RESULTS ? "greater than " + MIN_RESULTS : "less than " + MAX_RESULTS) + ".");
        }
        List<Predicate<Ec2Instance>> matchers = filters.stream().map(SimEc2Gateway::matcher).toList();
        List<Ec2Instance> matching = simulator.readEks(eks -> eks.instances()).stream()
                .filter(instance -> matchers.stream().allMatch(matcher -> matcher.test(instance))).toList();
        return MarkerPages.of(matching, nextToken, maxResults == null ? matching.size() : maxResults,
                () -> invalid("Unable to parse pagination token: " + nextToken));
    }

    /** Whether an instance has a value the filter names; EC2 compares values case-sensitively. */
    private static Predicate<Ec2Instance> matcher(Ec2Filter filter) {
        String name = filter.name() == null ? "" : filter.name();
        List<Pattern> values = filter.values().stream().map(SimEc2Gateway::wildcard).toList();
        if (name.startsWith("tag:")) {
            String key = name.substring("tag:".length());
            return instance -> matchesAny(values, instance.tag(key));
        }
        if (name.equals("tag-key")) {
            return instance -> instance.tags().keySet().stream().anyMatch(key -> matchesAny(values, key));
        }
        Function<Ec2Instance, String> member = switch (name) {
            case "instance-id" -> Ec2Instance::instanceId;
            case "instance-type" -> Ec2Instance::instanceType;
            case "instance-state-name" -> Ec2Instance::state;
            case "availability-zone" -> Ec2Instance::availabilityZone;
            case "private-dns-name" -> Ec2Instance::privateDnsName;
            default -> throw invalid("The filter '" + name + "' is invalid");
        };
        return instance -> matchesAny(values, member.apply(instance));
    }

    private static boolean matchesAny(List<Pattern> values, String text) {
        return text != null && values.stream().anyMatch(value -> value.matcher(text).matches());
    }

    /** EC2's filter values: {@code *} any run of characters, {@code ?} one; the rest literal. */
    private static Pattern wildcard(String value) {
        StringBuilder regex = new StringBuilder();
        for (String part : value.split("((?<=[*?])|(?=[*?]))")) {
            regex.append(switch (part) {
                case "*" -> ".*";
                case "?" -> ".";
                default -> Pattern.quote(part);
            });
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static GatewayException invalid(String message) {
        return GatewayException.client("InvalidParameterValue", message);
    }
}
