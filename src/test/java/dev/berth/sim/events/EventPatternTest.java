package dev.berth.sim.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Event patterns match as EventBridge's do: any-of arrays, nested fields, content filters, arrays in events. */
class EventPatternTest {
    private static final JsonNode EVENT = TargetInput.parse("""
            {"source": "aws.ecs", "detail-type": "ECS Task State Change", "resources": ["arn:a", "arn:b"],
             "detail": {"lastStatus": "STOPPED", "group": "family:batch", "version": 7,
                        "containers": [{"exitCode": 0}, {"exitCode": 137}]}}""");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"source\": [\"aws.ecs\"]}|true",
            "{\"source\": [\"aws.s3\", \"aws.ecs\"]}|true",
            "{\"source\": [\"aws.s3\"]}|false",
            "{\"detail\": {\"lastStatus\": [\"STOPPED\"], \"group\": [{\"prefix\": \"family:\"}]}}|true",
            "{\"detail\": {\"lastStatus\": [\"RUNNING\"]}}|false",
            "{\"detail\": {\"group\": [{\"suffix\": \":batch\"}]}}|true",
            "{\"detail\": {\"lastStatus\": [{\"equals-ignore-case\": \"stopped\"}]}}|true",
            "{\"detail\": {\"lastStatus\": [{\"anything-but\": [\"RUNNING\", \"PENDING\"]}]}}|true",
            "{\"detail\": {\"lastStatus\": [{\"anything-but\": \"STOPPED\"}]}}|false",
            "{\"detail\": {\"stoppedReason\": [{\"exists\": false}]}}|true",
            "{\"detail\": {\"stoppedReason\": [{\"exists\": true}]}}|false",
            "{\"detail\": {\"version\": [{\"numeric\": [\">\", 5, \"<=\", 7]}]}}|true",
            "{\"detail\": {\"version\": [7.0]}}|true",
            "{\"detail\": {\"containers\": {\"exitCode\": [137]}}}|false",
            "{\"resources\": [\"arn:b\"]}|true",
            "{\"detail\": {\"missing\": {\"deeper\": [\"x\"]}}}|false"})
    void matchesAsEventBridgeDoes(String pattern, boolean matches) {
        assertThat(EventPattern.parse(pattern).matches(EVENT)).isEqualTo(matches);
    }
}
