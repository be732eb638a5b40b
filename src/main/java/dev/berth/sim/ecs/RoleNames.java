package dev.berth.sim.ecs;

import java.util.regex.Pattern;

/**
 * IAM role ARNs and names as ECS accepts them in a task definition. The name a role ARN names, path and all stripped,
 * is {@link ArnFactory#lastSegment}.
 */
public final class RoleNames {
    private static final Pattern ARN =
            Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/([\\w+=,.@/-]+/)?[\\w+=,.@-]{1,64}");
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

    private RoleNames() {
    }

    public static boolean isRoleArn(String value) {
        return ARN.matcher(value).matches();
    }

    public static boolean isRoleName(String value) {
        return NAME.matcher(value).matches();
    }
}
