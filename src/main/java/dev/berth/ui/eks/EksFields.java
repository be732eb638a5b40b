package dev.berth.ui.eks;

import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.WholeNumber;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Checks the EKS forms share: names, role ARNs, subnet lists and node counts, with messages for the fields. */
final class EksFields {
    /** EKS's quota of nodes per managed node group. */
    static final int MAX_NODES = 450;
    private static final Pattern NAME = Pattern.compile("[0-9A-Za-z][A-Za-z0-9\\-_]*");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");

    private EksFields() {
    }

    static void checkName(FieldErrors errors, String field, String name, String what, int max) {
        if (name == null || name.isBlank()) {
            errors.add(field, "Enter a " + what + ".");
        } else if (name.strip().length() > max || !NAME.matcher(name.strip()).matches()) {
            errors.add(field, "A " + what + " has 1–" + max + " letters, digits, hyphens (-) and underscores (_), "
                    + "and starts with a letter or digit.");
        }
    }

    static void checkRoleArn(FieldErrors errors, String field, String arn) {
        if (arn == null || !ROLE_ARN.matcher(arn.strip()).matches()) {
            errors.add(field, "Enter the IAM role's ARN, e.g. arn:aws:iam::123456789012:role/eksClusterRole.");
        }
    }

    /** Subnet ids separated by commas or spaces. */
    static List<String> subnets(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(id -> !id.isEmpty()).toList();
    }

    static void checkSubnets(FieldErrors errors, String field, String text, int atLeast) {
        List<String> subnets = subnets(text);
        if (subnets.size() < atLeast || subnets.stream().anyMatch(id -> !id.startsWith("subnet-"))) {
            errors.add(field, "Enter at least " + atLeast + " subnet id" + (atLeast > 1 ? "s" : "")
                    + " (subnet-...), separated by commas.");
        }
    }

    /** Minimum, maximum and desired sizes: numbers in range, and min ≤ desired ≤ max as EKS requires. */
    static void checkSizes(FieldErrors errors, String minText, String maxText, String desiredText) {
        Integer min = WholeNumber.parse(minText, 0, MAX_NODES);
        Integer max = WholeNumber.parse(maxText, 1, MAX_NODES);
        Integer desired = WholeNumber.parse(desiredText, 0, MAX_NODES);
        if (min == null) {
            errors.add(ScalingFields.MIN_SIZE, WholeNumber.rangeMessage(0, MAX_NODES));
        }
        if (max == null) {
            errors.add(ScalingFields.MAX_SIZE, WholeNumber.rangeMessage(1, MAX_NODES));
        }
        if (desired == null) {
            errors.add(ScalingFields.DESIRED_SIZE, WholeNumber.rangeMessage(0, MAX_NODES));
        }
        if (min != null && max != null && desired != null) {
            if (desired < min) {
                errors.add(ScalingFields.DESIRED_SIZE, "The desired size must be at least the minimum (" + min
                        + ").");
            } else if (desired > max) {
                errors.add(ScalingFields.DESIRED_SIZE, "The desired size can be at most the maximum (" + max + ").");
            }
        }
    }
}
