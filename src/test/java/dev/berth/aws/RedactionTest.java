package dev.berth.aws;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @Test
    void secretKeysAndTokensAreScrubbedWhereverTheyStand() {
        assertThat(Redaction.scrub("key " + SECRET + " refused")).isEqualTo("key [redacted] refused");
        assertThat(Redaction.scrub("aws_secret_access_key=" + SECRET)).doesNotContain(SECRET);
        assertThat(Redaction.scrub("{\"SecretAccessKey\":\"" + SECRET + "\"}"))
                .isEqualTo("{\"SecretAccessKey\":\"[redacted]\"}");
        assertThat(Redaction.scrub("token " + "IQoJb3JpZ2luX2VjEJr".repeat(8))).isEqualTo("token [redacted]");
        assertThat(Redaction.scrub("token x" + "Ab0+/".repeat(20))).isEqualTo("token [redacted]");
    }

    @Test
    void longArnsAndImageDigestsStayReadable() {
        String appRunner = "arn:aws:apprunner:us-east-1:123456789012:service/ghost/0123456789abcdef0123456789abcdef";
        String task = "arn:aws:ecs:us-east-1:123456789012:task/test-cluster/0123456789abcdef0123456789abcdef";
        String digest = "sha256:" + "a0862a727dad3fcd840ca9207d554898088bfb145e04322fc57be361e710e17e";

        assertThat(Redaction.scrub("Service with the provided ARN doesn't exist: " + appRunner))
                .endsWith(appRunner);
        assertThat(Redaction.scrub("Task " + task + " not found.")).contains(task);
        assertThat(Redaction.scrub("The digest '" + digest + "' does not match"))
                .isEqualTo("The digest '" + digest + "' does not match");
    }
}
