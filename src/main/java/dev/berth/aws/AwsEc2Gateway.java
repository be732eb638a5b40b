package dev.berth.aws;

import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.core.model.Ec2Filter;
import dev.berth.core.model.Ec2Instance;
import dev.berth.core.model.Page;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Amazon EC2's instances through the SDK's {@link Ec2Client}: one DescribeInstances call per page. */
final class AwsEc2Gateway implements Ec2Gateway {
    private final Ec2Client ec2;
    private final SdkCalls calls;

    AwsEc2Gateway(Ec2Client ec2, SdkCalls calls) {
        this.ec2 = ec2;
        this.calls = calls;
    }

    @Override
    public Page<Ec2Instance> describeInstances(List<Ec2Filter> filters, String nextToken, Integer maxResults) {
        return calls.read("DescribeInstances", () -> {
            var answer = ec2.describeInstances(r -> r.nextToken(nextToken).maxResults(maxResults)
                    .filters(filters.stream().map(f -> Filter.builder().name(f.name()).values(f.values()).build())
                            .toList()));
            return new Page<>(answer.reservations().stream()
                    .flatMap(reservation -> reservation.instances().stream()).map(AwsEc2Gateway::instance).toList(),
                    answer.nextToken());
        });
    }

    private static Ec2Instance instance(Instance instance) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag tag : instance.tags()) {
            tags.put(tag.key(), tag.value());
        }
        return new Ec2Instance(instance.instanceId(), instance.instanceTypeAsString(),
                instance.state() == null ? null : instance.state().nameAsString(), instance.privateDnsName(),
                instance.privateIpAddress(), instance.placement() == null ? null
                : instance.placement().availabilityZone(), instance.launchTime(),
                instance.instanceLifecycleAsString(), tags);
    }
}
