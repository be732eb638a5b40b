package dev.berth.aws;

import java.util.regex.Pattern;

/**
 * Keeps secrets out of every text Berth writes from the SDK's world (messages, logs): a secret access key is 40
 * characters of base64, a session token longer; no id or AWS message word looks like that. An ARN's resource part
 * can ({@code service/web/<32 hex digits>}), so ARNs are kept whole, and so can an image digest's 64 hex digits,
 * which follow {@code sha256:} and are kept.
 */
final class Redaction {
    private static final Pattern ARN_OR_SECRET = Pattern.compile(
            "(arn:[^\\s\"',;()\\[\\]]+)|(?<!sha256:)(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40,}");

    private Redaction() {
    }

    static String scrub(String text) {
        return text == null ? null : ARN_OR_SECRET.matcher(text).replaceAll(match -> match.group(1) != null
                ? match.group(1).replace("\\", "\\\\").replace("$", "\\$") : "[redacted]");
    }
}
