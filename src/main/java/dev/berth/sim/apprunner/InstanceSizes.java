package dev.berth.sim.apprunner;

import dev.berth.core.model.InstanceConfiguration;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * App Runner's instance sizes: the CPU and memory values its model accepts (units or "1 vCPU" / "2 GB"), and the
 * combinations AWS offers: 0.25 vCPU with 0.5 or 1 GB, 0.5 with 1, 1 with 2, 3 or 4, 2 with 4 or 6, 4 with 8, 10 or
 * 12 GB. Described services carry CPU units and MiB as strings ("1024", "2048").
 */
final class InstanceSizes {
    static final String DEFAULT_CPU = "1024";
    static final String DEFAULT_MEMORY = "2048";
    private static final Pattern CPU = Pattern.compile("256|512|1024|2048|4096|(0.25|0.5|1|2|4) vCPU");
    private static final Pattern MEMORY =
            Pattern.compile("512|1024|2048|3072|4096|6144|8192|10240|12288|(0.5|1|2|3|4|6|8|10|12) GB");
    private static final Map<Integer, List<Integer>> MEMORY_BY_CPU = Map.of(
            256, List.of(512, 1024),
            512, List.of(1024),
            1024, List.of(2048, 3072, 4096),
            2048, List.of(4096, 6144),
            4096, List.of(8192, 10240, 12288));

    private InstanceSizes() {
    }

    /** The configuration in AWS's answer form; refuses values or pairs AWS does not offer. */
    static InstanceConfiguration normalise(InstanceConfiguration requested) {
        InstanceConfiguration given = requested == null ? InstanceConfiguration.of(null, null) : requested;
        int cpu = given.cpu() == null ? Integer.parseInt(DEFAULT_CPU) : units(given.cpu(), CPU, "cpu", 1024);
        int memory = given.memory() == null ? Integer.parseInt(DEFAULT_MEMORY)
                : units(given.memory(), MEMORY, "memory", 1024);
        if (!MEMORY_BY_CPU.get(cpu).contains(memory)) {
            throw AppRunnerErrors.invalidRequest("The combination of CPU " + cpu + " and memory " + memory
                    + " isn't supported. Supported memory for CPU " + cpu + ": " + MEMORY_BY_CPU.get(cpu) + ".");
        }
        return new InstanceConfiguration(String.valueOf(cpu), String.valueOf(memory), given.instanceRoleArn());
    }

    private static int units(String value, Pattern pattern, String member, int perWhole) {
        if (!pattern.matcher(value).matches()) {
            throw AppRunnerErrors.constraint("instanceConfiguration." + member, value,
                    "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        int space = value.indexOf(' ');
        if (space < 0) {
            return Integer.parseInt(value);
        }
        return (int) Math.round(Double.parseDouble(value.substring(0, space)) * perWhole);
    }
}
