package dev.berth.aws;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void secretKeysAndTokensAreRedactedButImageDigestsKept() {
        String digest = "sha256:" + "a0862a727dad3fcd840ca9207d554898088bfb145e04322fc57be361e710e17e";

        assertThat(Redaction.scrub("key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY here"))
                .isEqualTo("key [redacted] here");
        assertThat(Redaction.scrub("token x" + "Ab0+/".repeat(20))).isEqualTo("token [redacted]");
        assertThat(Redaction.scrub("The digest '" + digest + "' does not match"))
                .isEqualTo("The digest '" + digest + "' does not match");
    }
}
