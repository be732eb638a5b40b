package dev.berth.sim.ecs;

import dev.berth.sim.AvailabilityZones;
import dev.berth.sim.SimRandom;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The VPC subnets tasks are given as ids. There is no EC2 simulation yet, so a subnet's facts follow from its id:
 * its Availability Zone from the id's hash, and its /20 address block (4,091 usable addresses, like a default VPC
 * subnet) from the order subnets are first used. Private IPs are drawn from the block without duplicates.
 */
public final class Subnets {
    /** AWS keeps the first four and the last address of every subnet. */
    private static final int FIRST_HOST = 4;
    private static final int BLOCK_SIZE = 4096;
    private static final int USABLE = BLOCK_SIZE - FIRST_HOST - 1;
    /** The default VPC, 172.31.0.0/16, holds sixteen /20 blocks; further subnets get blocks of 10.0.0.0/8. */
    private static final int DEFAULT_VPC_BLOCKS = 16;

    private final String region;
    private final List<String> zones;
    private final Map<String, Integer> blocks = new HashMap<>();
    private final Map<String, Set<Integer>> hostsInUse = new HashMap<>();

    public Subnets(String region) {
        this.region = region;
        this.zones = AvailabilityZones.of(region);
    }

    List<String> zones() {
        return zones;
    }

    public String availabilityZone(String subnetId) {
        return AvailabilityZones.ofSubnet(region, subnetId);
    }

    boolean hasFreeAddress(String subnetId) {
        return hostsInUse.getOrDefault(subnetId, Set.of()).size() < USABLE;
    }

    /** A free private IPv4 address in the subnet, which must have one; {@link #release} gives it back. */
    String allocateAddress(String subnetId, SimRandom random) {
        int block = blocks.computeIfAbsent(subnetId, s -> blocks.size());
        Set<Integer> inUse = hostsInUse.computeIfAbsent(subnetId, s -> new HashSet<>());
        int host;
        do {
            host = FIRST_HOST + random.nextInt(USABLE);
        } while (!inUse.add(host));
        return address(block, host);
    }

    void release(String subnetId, String address) {
        String[] octets = address.split("\\.");
        int host = (Integer.parseInt(octets[2]) % 16) * 256 + Integer.parseInt(octets[3]);
        hostsInUse.get(subnetId).remove(host);
    }

    /** The instance-local DNS name AWS derives from a private IP. */
    public String privateDnsName(String address) {
        String host = "ip-" + address.replace('.', '-');
        return "us-east-1".equals(region) ? host + ".ec2.internal" : host + "." + region + ".compute.internal";
    }

    private static String address(int block, int host) {
        int third = (block % DEFAULT_VPC_BLOCKS) * 16 + host / 256;
        String prefix = block < DEFAULT_VPC_BLOCKS ? "172.31." : "10." + (block / DEFAULT_VPC_BLOCKS - 1) + ".";
        return prefix + third + "." + host % 256;
    }
}
