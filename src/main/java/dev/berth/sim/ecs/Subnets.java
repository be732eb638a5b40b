package dev.berth.sim.ecs;

import dev.berth.sim.SimRandom;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The VPC subnets tasks are given as ids. There is no EC2 simulation yet, so a subnet's Availability Zone and CIDR
 * follow from its id: the same id always lands in the same zone of the region's default VPC (172.31.0.0/16, one /20
 * per zone), and private IPs are drawn from that /20 without duplicates.
 */
final class Subnets {
    /** AWS keeps the first four and the last address of every subnet. */
    private static final int FIRST_HOST = 4;
    private static final int HOSTS_PER_SUBNET = 4096 - 1;

    private final String region;
    private final List<String> zones;
    private final Set<String> addressesInUse = new HashSet<>();

    Subnets(String region) {
        this.region = region;
        this.zones = availabilityZones(region);
    }

    /** The region's zones; us-east-1 has six, the sim gives other regions three. */
    static List<String> availabilityZones(String region) {
        String letters = "us-east-1".equals(region) ? "abcdef" : "abc";
        return letters.chars().mapToObj(c -> region + (char) c).toList();
    }

    List<String> zones() {
        return zones;
    }

    String availabilityZone(String subnetId) {
        return zones.get(zoneIndex(subnetId));
    }

    /** A free private IPv4 address in the subnet; release it with {@link #release} when the task stops. */
    String allocateAddress(String subnetId, SimRandom random) {
        int block = zoneIndex(subnetId) * 16;
        while (true) {
            int host = FIRST_HOST + random.nextInt(HOSTS_PER_SUBNET - FIRST_HOST);
            String address = "172.31." + (block + host / 256) + "." + (host % 256);
            if (addressesInUse.add(address)) {
                return address;
            }
        }
    }

    void release(String address) {
        addressesInUse.remove(address);
    }

    /** The instance-local DNS name AWS derives from a private IP. */
    String privateDnsName(String address) {
        String host = "ip-" + address.replace('.', '-');
        return "us-east-1".equals(region) ? host + ".ec2.internal" : host + "." + region + ".compute.internal";
    }

    private int zoneIndex(String subnetId) {
        return Math.floorMod(subnetId.hashCode(), zones.size());
    }
}
