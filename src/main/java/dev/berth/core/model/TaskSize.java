package dev.berth.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task-level cpu and memory as AWS reads them ("256" or "0.25 vCPU"; "512" or "1 GB") and the cpu/memory pairs
 * Fargate accepts (AWS-BEHAVIOUR.md §2.3).
 */
public final class TaskSize {
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)");
    public static final List<String> FARGATE_CPU = List.of("256", "512", "1024", "2048", "4096", "8192", "16384");
    /** For each Fargate cpu: the lowest memory, the highest, and the step (MiB). */
    private static final Map<Integer, int[]> FARGATE_MEMORY = Map.of(
            256, new int[] {512, 2048, 512},
            512, new int[] {1024, 4096, 1024},
            1024, new int[] {2048, 8192, 1024},
            2048, new int[] {4096, 16384, 1024},
            4096, new int[] {8192, 30720, 1024},
            8192, new int[] {16384, 61440, 4096},
            16384, new int[] {32768, 122880, 8192});

    private TaskSize() {
    }

    /** CPU units from "256" or "0.25 vCPU"; null when unreadable. */
    public static Integer cpuUnits(String text) {
        return amount(text, "vcpu", List.of());
    }

    /** MiB from "512" or "1 GB"; null when unreadable. */
    public static Integer memoryMiB(String text) {
        return amount(text, "gb", List.of("mib", "mb"));
    }

    /** A whole, positive amount; {@code thousandUnit} is worth 1,024, {@code plainUnits} 1. */
    private static Integer amount(String text, String thousandUnit, List<String> plainUnits) {
        if (text == null) {
            return null;
        }
        Matcher matcher = AMOUNT.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        double number = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2).toLowerCase(Locale.ROOT);
        if (unit.equals(thousandUnit)) {
            number *= 1024;
        } else if (!unit.isEmpty() && !plainUnits.contains(unit)) {
            return null;
        }
        if (number != Math.rint(number) || number <= 0 || number > Integer.MAX_VALUE) {
            return null;
        }
        return (int) number;
    }

    /** Whether Fargate runs a task of {@code cpu} units with {@code memory} MiB. 256 CPU allows 512, 1024, 2048. */
    public static boolean fargateAccepts(int cpu, int memory) {
        int[] range = FARGATE_MEMORY.get(cpu);
        if (range == null) {
            return false;
        }
        if (cpu == 256) {
            return memory == 512 || memory == 1024 || memory == 2048;
        }
        return memory >= range[0] && memory <= range[1] && (memory - range[0]) % range[2] == 0;
    }

    /** "512, 1024 or 2048 MiB" style hint of what memory goes with a Fargate cpu. */
    public static String fargateMemoryHint(int cpu) {
        int[] range = FARGATE_MEMORY.get(cpu);
        if (cpu == 256) {
            return "512, 1024 or 2048";
        }
        return range == null ? "" : range[0] + " to " + range[1] + " in steps of " + range[2];
    }
}
