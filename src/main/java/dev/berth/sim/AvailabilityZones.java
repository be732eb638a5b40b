package dev.berth.sim;

import java.util.List;

/**
 * The simulator's Availability Zones. There is no EC2 simulation yet, so a subnet's zone follows from its id's hash;
 * every engine that places something in a subnet (ECS tasks, load balancer nodes) asks here, so they agree.
 */
public final class AvailabilityZones {

    private AvailabilityZones() {
    }

    /** The region's zones; us-east-1 has six, the sim gives other regions three. */
    public static List<String> of(String region) {
        String letters = "us-east-1".equals(region) ? "abcdef" : "abc";
        return letters.chars().mapToObj(c -> region + (char) c).toList();
    }

    public static String ofSubnet(String region, String subnetId) {
        List<String> zones = of(region);
        return zones.get(Math.floorMod(subnetId.hashCode(), zones.size()));
    }
}
