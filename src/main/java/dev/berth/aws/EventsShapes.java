package dev.berth.aws;

import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.EcsParameters;
import dev.berth.core.model.InputTransformer;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PutTargetsResultEntry;
import dev.berth.core.model.Rule;
import dev.berth.core.model.Target;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.RemoveTargetsResultEntry;

/** EventBridge's SDK shapes to Berth's model and back; ECS targets keep their network and task count. */
final class EventsShapes {
    private EventsShapes() {
    }

    static Rule rule(software.amazon.awssdk.services.eventbridge.model.Rule rule) {
        return new Rule(rule.name(), rule.arn(), rule.eventPattern(), rule.scheduleExpression(),
                rule.stateAsString(), rule.description(), rule.roleArn(), rule.eventBusName());
    }

    static Rule rule(DescribeRuleResponse rule) {
        return new Rule(rule.name(), rule.arn(), rule.eventPattern(), rule.scheduleExpression(),
                rule.stateAsString(), rule.description(), rule.roleArn(), rule.eventBusName());
    }

    static Target target(software.amazon.awssdk.services.eventbridge.model.Target target) {
        var transformer = target.inputTransformer();
        return new Target(target.id(), target.arn(), target.roleArn(), target.input(), target.inputPath(),
                transformer == null ? null : new InputTransformer(transformer.inputPathsMap(),
                        transformer.inputTemplate()),
                ecsParameters(target.ecsParameters()));
    }

    static software.amazon.awssdk.services.eventbridge.model.Target target(Target target) {
        var out = software.amazon.awssdk.services.eventbridge.model.Target.builder().id(target.id())
                .arn(target.arn()).roleArn(target.roleArn()).input(target.input()).inputPath(target.inputPath());
        if (target.inputTransformer() != null) {
            out.inputTransformer(t -> t.inputPathsMap(target.inputTransformer().inputPathsMap())
                    .inputTemplate(target.inputTransformer().inputTemplate()));
        }
        EcsParameters ecs = target.ecsParameters();
        if (ecs != null) {
            AwsVpcConfiguration vpc = ecs.networkConfiguration() == null ? null
                    : ecs.networkConfiguration().awsvpcConfiguration();
            out.ecsParameters(p -> {
                p.taskDefinitionArn(ecs.taskDefinitionArn()).taskCount(ecs.taskCount()).launchType(ecs.launchType())
                        .platformVersion(ecs.platformVersion()).group(ecs.group());
                if (vpc != null) {
                    p.networkConfiguration(n -> n.awsvpcConfiguration(a -> a.subnets(vpc.subnets())
                            .securityGroups(vpc.securityGroups().isEmpty() ? null : vpc.securityGroups())
                            .assignPublicIp(vpc.assignPublicIp())));
                }
            });
        }
        return out.build();
    }

    static PutTargetsResultEntry failed(software.amazon.awssdk.services.eventbridge.model.PutTargetsResultEntry e) {
        return new PutTargetsResultEntry(e.targetId(), e.errorCode(), e.errorMessage());
    }

    static PutTargetsResultEntry failed(RemoveTargetsResultEntry e) {
        return new PutTargetsResultEntry(e.targetId(), e.errorCode(), e.errorMessage());
    }

    private static EcsParameters ecsParameters(software.amazon.awssdk.services.eventbridge.model.EcsParameters ecs) {
        if (ecs == null) {
            return null;
        }
        var vpc = ecs.networkConfiguration() == null ? null : ecs.networkConfiguration().awsvpcConfiguration();
        return new EcsParameters(ecs.taskDefinitionArn(), ecs.taskCount(), ecs.launchTypeAsString(),
                vpc == null ? null : new NetworkConfiguration(new AwsVpcConfiguration(vpc.subnets(),
                        vpc.securityGroups(), vpc.assignPublicIpAsString())),
                ecs.platformVersion(), ecs.group());
    }
}
