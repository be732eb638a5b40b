package dev.berth.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Console URLs come from the ARN alone: its region, partition and names. */
class ConsoleLinksTest {

    @Test
    void eachResourceKindHasItsConsolePage() {
        String ecs = "https://eu-west-1.console.aws.amazon.com/ecs/v2/";
        assertThat(ConsoleLinks.of("arn:aws:ecs:eu-west-1:123456789012:cluster/prod"))
                .isEqualTo(ecs + "clusters/prod/services?region=eu-west-1");
        assertThat(ConsoleLinks.of("arn:aws:ecs:eu-west-1:123456789012:service/prod/web"))
                .isEqualTo(ecs + "clusters/prod/services/web/health?region=eu-west-1");
        assertThat(ConsoleLinks.of("arn:aws:ecs:eu-west-1:123456789012:task/prod/0123456789abcdef0123456789abcdef"))
                .isEqualTo(ecs + "clusters/prod/tasks/0123456789abcdef0123456789abcdef/configuration?region=eu-west-1");
        assertThat(ConsoleLinks.of("arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7"))
                .isEqualTo(ecs + "task-definitions/web/7/containers?region=eu-west-1");
    }

    @Test
    void otherPartitionsHaveTheirOwnConsoleAndOtherArnsNone() {
        assertThat(ConsoleLinks.of("arn:aws-cn:ecs:cn-north-1:123456789012:cluster/prod"))
                .startsWith("https://cn-north-1.console.amazonaws.cn/ecs/v2/clusters/prod/");
        assertThat(ConsoleLinks.of("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")).isNull();
        assertThat(ConsoleLinks.of(null)).isNull();
    }
}
