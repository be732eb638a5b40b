package dev.berth.aws;

import java.util.regex.Pattern;

/**
 * Keeps secrets out of every text Berth writes from the SDK's world (messages, logs): a secret access key is 40
 * characters of base64, a session token longer; no ARN, id or AWS message word looks like that, except an image
 * digest's 64 hex digits, which follow {@code sha256:} and are kept.
 */
final class Redaction {
    private static final Pattern SECRET = Pattern.compile("(?<!sha256:)(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40,}");

    private Redaction() {
    }

    static String scrub(String text) {
        return text == null ? null : SECRET.matcher(text).replaceAll("[redacted]");
    }
}
