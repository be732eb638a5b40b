package dev.berth.core.model;

import java.util.List;

/**
 * One filter of an EC2 describe call: {@code name} such as {@code tag:eks:cluster-name}, {@code instance-state-name}
 * or {@code availability-zone}; an instance matches when one of {@code values} matches (values may use {@code *} and
 * {@code ?} wildcards). Several filters must all match.
 */
public record Ec2Filter(String name, List<String> values) {

    public Ec2Filter {
        values = List.copyOf(values);
    }

    public static Ec2Filter of(String name, String... values) {
        return new Ec2Filter(name, List.of(values));
    }
}
