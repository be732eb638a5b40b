package dev.berth.aws;

import dev.berth.core.gateway.ApiCalls;
import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.gateway.AwsAccount;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.gateway.IamGateway;
import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.model.ClassicListener;
import dev.berth.core.model.CreateClassicLoadBalancerRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroupAttribute;
import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.gateway.SqsGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.CreateAutoScalingConfigurationRequest;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.CreateFargateProfileRequest;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.CreateAccessPointRequest;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalableTargetAction;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.core.model.UpdateAppRunnerServiceRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.SendMessageBatchRequestEntry;
import dev.berth.core.model.ReceiveMessageRequest;
import dev.berth.core.model.DeleteMessageBatchRequestEntry;
import dev.berth.core.model.Target;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import dev.berth.core.model.UpdateServiceRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A read-only connection refuses every write itself, before the SDK is asked: pointed at a port where nothing
 * listens, a write that went out would fail as a network error, and the counter would show an attempt.
 */
class ReadOnlyConnectionTest {
    private final AwsGateway gateway = new AwsGateway(AwsTarget.endpoint(URI.create("http://127.0.0.1:1"),
            "us-east-1", "test", "test"), false);

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void everyWriteIsRefusedWithoutANetworkCall() {
        EcsGateway ecs = gateway.ecs();
        Map<String, ThrowingCallable> writes = Map.of(
                "CreateCluster", () -> ecs.createCluster(CreateClusterRequest.named("prod")),
                "DeleteCluster", () -> ecs.deleteCluster("prod"),
                "RegisterTaskDefinition", () -> ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("web",
                        null, null, null, null, null, null, List.of(), List.of())),
                "DeregisterTaskDefinition", () -> ecs.deregisterTaskDefinition("web:1"),
                "CreateService", () -> ecs.createService(new CreateServiceRequest("prod", "web", "web:1", 1, null,
                        null, null, null, null, null, null)),
                "UpdateService", () -> ecs.updateService(UpdateServiceRequest.desiredCount("prod", "web", 0)),
                "DeleteService", () -> ecs.deleteService("prod", "web", true),
                "RunTask", () -> ecs.runTask(new RunTaskRequest("prod", "web:1", 1, null, null, null, null, null,
                        null, null)),
                "StopTask", () -> ecs.stopTask("prod", "0123456789abcdef0123456789abcdef", null));

        writes.forEach((operation, write) -> assertThatThrownBy(write)
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(AwsAccount.READ_ONLY);
                    assertThat(e.getMessage()).contains("ecs:" + operation + " was not sent")
                            .contains("turn on writes");
                }));
        assertThat(gateway.apiCalls().orElseThrow().snapshot()).isEqualTo(ApiCalls.Snapshot.NONE);
    }

    @Test
    void appRunnerAndAutoScalingWritesAreRefusedWithoutANetworkCall() {
        AppRunnerGateway appRunner = gateway.appRunner();
        ScalingGateway scaling = gateway.scaling();
        String service = "arn:aws:apprunner:us-east-1:123456789012:service/web/0123456789abcdef0123456789abcdef";
        Map<String, ThrowingCallable> writes = Map.ofEntries(
                Map.entry("apprunner:CreateService", () -> appRunner.createService(CreateAppRunnerServiceRequest
                        .fromPublicImage("web", "public.ecr.aws/nginx/nginx:latest", "80", null, null))),
                Map.entry("apprunner:UpdateService", () -> appRunner.updateService(new UpdateAppRunnerServiceRequest(
                        service, null, null, null, null))),
                Map.entry("apprunner:DeleteService", () -> appRunner.deleteService(service)),
                Map.entry("apprunner:PauseService", () -> appRunner.pauseService(service)),
                Map.entry("apprunner:ResumeService", () -> appRunner.resumeService(service)),
                Map.entry("apprunner:CreateAutoScalingConfiguration", () -> appRunner.createAutoScalingConfiguration(
                        new CreateAutoScalingConfigurationRequest("burst", null, null, null))),
                Map.entry("apprunner:DeleteAutoScalingConfiguration", () -> appRunner
                        .deleteAutoScalingConfiguration(service, true)),
                Map.entry("application-autoscaling:RegisterScalableTarget", () -> scaling.registerScalableTarget(
                        RegisterScalableTargetRequest.ecsService("prod", "web", 1, 2))),
                Map.entry("application-autoscaling:DeregisterScalableTarget", () -> scaling.deregisterScalableTarget(
                        ScalingNames.ECS, "service/prod/web", ScalingNames.DESIRED_COUNT)),
                Map.entry("application-autoscaling:PutScalingPolicy", () -> scaling.putScalingPolicy(
                        PutScalingPolicyRequest.targetTracking("prod", "web", "cpu",
                                TargetTrackingScalingPolicyConfiguration.of(ScalingNames.CPU, 50)))),
                Map.entry("application-autoscaling:DeleteScalingPolicy", () -> scaling.deleteScalingPolicy("cpu",
                        ScalingNames.ECS, "service/prod/web", ScalingNames.DESIRED_COUNT)),
                Map.entry("application-autoscaling:PutScheduledAction", () -> scaling.putScheduledAction(
                        PutScheduledActionRequest.ecsService("prod", "web", "nightly", "rate(1 day)", null,
                                new ScalableTargetAction(1, 2)))),
                Map.entry("application-autoscaling:DeleteScheduledAction", () -> scaling.deleteScheduledAction(
                        ScalingNames.ECS, "nightly", "service/prod/web", ScalingNames.DESIRED_COUNT)));

        assertRefusedWithoutACall(writes);
    }

    @Test
    void turningWritesOnLetsTheCallGoOut() {
        gateway.awsAccount().orElseThrow().allowWrites(true);

        assertThatThrownBy(() -> gateway.ecs().deleteCluster("prod")).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.errorCode()).isEqualTo(SdkFailures.NETWORK));
        assertThat(gateway.apiCalls().orElseThrow().snapshot().of("DeleteCluster")).isEqualTo(1);
    }

    @Test
    void everyEcrAndEksWriteIsRefusedWithoutANetworkCall() {
        EcrGateway ecr = gateway.ecr();
        EksGateway eks = gateway.eks();
        Map<String, ThrowingCallable> writes = new LinkedHashMap<>();
        writes.put("ecr:CreateRepository", () -> ecr.createRepository(CreateRepositoryRequest.named("web")));
        writes.put("ecr:DeleteRepository", () -> ecr.deleteRepository("web", true));
        writes.put("ecr:PutImage", () -> ecr.putImage(new PutImageRequest("web", "{}", null, "v1", null)));
        writes.put("ecr:BatchDeleteImage", () -> ecr.batchDeleteImage("web", List.of(ImageIdentifier.tag("v1"))));
        writes.put("ecr:PutImageTagMutability", () -> ecr.putImageTagMutability("web", "IMMUTABLE"));
        writes.put("ecr:PutImageScanningConfiguration", () -> ecr.putImageScanningConfiguration("web", true));
        writes.put("ecr:StartImageScan", () -> ecr.startImageScan("web", ImageIdentifier.tag("v1")));
        writes.put("ecr:PutLifecyclePolicy", () -> ecr.putLifecyclePolicy("web", "{}"));
        writes.put("ecr:DeleteLifecyclePolicy", () -> ecr.deleteLifecyclePolicy("web"));
        writes.put("ecr:StartLifecyclePolicyPreview", () -> ecr.startLifecyclePolicyPreview("web", null));
        writes.put("eks:CreateCluster", () -> eks.createCluster(new CreateEksClusterRequest("prod", null, null,
                null, null)));
        writes.put("eks:DeleteCluster", () -> eks.deleteCluster("prod"));
        writes.put("eks:UpdateClusterVersion", () -> eks.updateClusterVersion("prod", "1.35"));
        writes.put("eks:CreateNodegroup", () -> eks.createNodegroup(new CreateNodegroupRequest("prod", "ng", null,
                null, null, null, null, null, null, null, null, null, null)));
        writes.put("eks:UpdateNodegroupConfig", () -> eks.updateNodegroupConfig(UpdateNodegroupConfigRequest
                .scaling("prod", "ng", new NodegroupScalingConfig(null, null, 0))));
        writes.put("eks:UpdateNodegroupVersion", () -> eks.updateNodegroupVersion("prod", "ng", null));
        writes.put("eks:DeleteNodegroup", () -> eks.deleteNodegroup("prod", "ng"));
        writes.put("eks:CreateFargateProfile", () -> eks.createFargateProfile(new CreateFargateProfileRequest("fp",
                "prod", null, null, null, null)));
        writes.put("eks:DeleteFargateProfile", () -> eks.deleteFargateProfile("prod", "fp"));
        writes.put("eks:CreateAddon", () -> eks.createAddon("prod", "vpc-cni", null));

        assertRefusedWithoutACall(writes);
    }

    @Test
    void everySqsEventBridgeAndEfsWriteIsRefusedWithoutANetworkCall() {
        SqsGateway sqs = gateway.sqs();
        EventsGateway events = gateway.events();
        EfsGateway efs = gateway.efs();
        String queue = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs";
        Map<String, ThrowingCallable> writes = new LinkedHashMap<>();
        writes.put("sqs:CreateQueue", () -> sqs.createQueue("jobs", Map.of()));
        writes.put("sqs:SendMessage", () -> sqs.sendMessage(queue, "hello", null));
        writes.put("sqs:SendMessageBatch", () -> sqs.sendMessageBatch(queue, List.of(
                new SendMessageBatchRequestEntry("a", "hello", null))));
        writes.put("sqs:DeleteQueue", () -> sqs.deleteQueue(queue));
        writes.put("sqs:ReceiveMessage", () -> sqs.receiveMessage(ReceiveMessageRequest.peek(queue, 10)));
        writes.put("sqs:DeleteMessage", () -> sqs.deleteMessage(queue, "AQEBhandle"));
        writes.put("sqs:ChangeMessageVisibility", () -> sqs.changeMessageVisibility(queue, "AQEBhandle", 0));
        writes.put("sqs:DeleteMessageBatch", () -> sqs.deleteMessageBatch(queue, List.of(
                new DeleteMessageBatchRequestEntry("a", "AQEBhandle"))));
        writes.put("events:PutRule", () -> events.putRule(new PutRuleRequest("hourly", "rate(1 hour)", null, null,
                null, null)));
        writes.put("events:PutTargets", () -> events.putTargets("hourly", List.of(new Target("t",
                "arn:aws:ecs:us-east-1:123456789012:cluster/prod", null, null, null, null, null))));
        writes.put("events:RemoveTargets", () -> events.removeTargets("hourly", List.of("t")));
        writes.put("events:DeleteRule", () -> events.deleteRule("hourly"));
        writes.put("events:EnableRule", () -> events.enableRule("hourly"));
        writes.put("events:DisableRule", () -> events.disableRule("hourly"));
        writes.put("elasticfilesystem:CreateFileSystem", () -> efs.createFileSystem(
                CreateFileSystemRequest.named("shared-1", "shared")));
        writes.put("elasticfilesystem:CreateMountTarget", () -> efs.createMountTarget("fs-0123", "subnet-1"));
        writes.put("elasticfilesystem:CreateAccessPoint", () -> efs.createAccessPoint(new CreateAccessPointRequest(
                "ap-1", null, "fs-0123", null, null)));
        writes.put("elasticfilesystem:DeleteAccessPoint", () -> efs.deleteAccessPoint("fsap-0123456789abcdef0"));
        IamGateway iam = gateway.iam();
        String policy = "arn:aws:iam::aws:policy/AmazonS3FullAccess";
        writes.put("iam:CreateRole", () -> iam.createRole(CreateRoleRequest.forService("web",
                "ecs-tasks.amazonaws.com", null)));
        writes.put("iam:AttachRolePolicy", () -> iam.attachRolePolicy("web", policy));
        writes.put("iam:DetachRolePolicy", () -> iam.detachRolePolicy("web", policy));
        S3Gateway s3 = gateway.s3();
        writes.put("s3:CreateBucket", () -> s3.createBucket("uploads"));
        writes.put("s3:PutBucketNotificationConfiguration", () -> s3.putBucketNotificationConfiguration("uploads",
                true));
        writes.put("s3:PutObject", () -> s3.putObject("uploads", "incoming/a.txt", 10));
        writes.put("dynamodb:CreateTable", () -> gateway.dynamoDb().createTable("processed", "OBJECT_KEY"));
        writes.put("sns:CreateTopic", () -> gateway.sns().createTopic("ops"));

        assertRefusedWithoutACall(writes);
    }

    @Test
    void theSimulatorOnlyReadsOfEventFlowsAreRefusedOnAwsWithoutANetworkCall() {
        assertThatThrownBy(() -> gateway.events().listRuleInvocations("hourly"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(NotYetOnAws.ERROR_CODE);
                    assertThat(e.getMessage()).contains("invocations").contains("on the simulator only");
                });
        assertThatThrownBy(() -> gateway.sns().listNotifications("arn:aws:sns:us-east-1:123456789012:ops"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(NotYetOnAws.ERROR_CODE);
                    assertThat(e.getMessage()).contains("subscribe to the topic");
                });
        assertThat(gateway.apiCalls().orElseThrow().snapshot()).isEqualTo(ApiCalls.Snapshot.NONE);
    }

    @Test
    void everyLoadBalancingWriteIsRefusedWithoutANetworkCall() {
        ElbGateway elb = gateway.elb();
        String loadBalancer = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef";
        String group = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef";
        List<TargetDescription> targets = List.of(TargetDescription.of("10.0.1.5", 80));
        Map<String, ThrowingCallable> writes = new LinkedHashMap<>();
        writes.put("CreateLoadBalancer", () -> elb.createLoadBalancer(new CreateLoadBalancerRequest("web",
                List.of("subnet-1", "subnet-2"), null, null, null, null, null)));
        writes.put("DeleteLoadBalancer", () -> elb.deleteLoadBalancer(loadBalancer));
        writes.put("CreateTargetGroup", () -> elb.createTargetGroup(CreateTargetGroupRequest.of("web", "HTTP", 80,
                null, "ip")));
        writes.put("DeleteTargetGroup", () -> elb.deleteTargetGroup(group));
        writes.put("ModifyTargetGroupAttributes", () -> elb.modifyTargetGroupAttributes(group,
                List.of(new TargetGroupAttribute(ElbGateway.DEREGISTRATION_DELAY, "30"))));
        writes.put("CreateListener", () -> elb.createListener(new CreateListenerRequest(loadBalancer, "HTTP", 80,
                List.of(ElbAction.forward(group)))));
        writes.put("DeleteListener", () -> elb.deleteListener(loadBalancer.replace("loadbalancer", "listener")));
        writes.put("RegisterTargets", () -> elb.registerTargets(group, targets));
        writes.put("DeregisterTargets", () -> elb.deregisterTargets(group, targets));
        writes.put("CreateLoadBalancer (Classic)", () -> elb.createClassicLoadBalancer(
                new CreateClassicLoadBalancerRequest("classic", List.of(new ClassicListener("HTTP", 80, "HTTP", 80)),
                        List.of("subnet-1"), null, null)));
        writes.put("DeleteLoadBalancer (Classic)", () -> elb.deleteClassicLoadBalancer("classic"));

        writes.forEach((operation, write) -> assertThatThrownBy(write).as(operation)
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(AwsAccount.READ_ONLY);
                    assertThat(e.getMessage()).contains("elasticloadbalancing:" + operation.split(" ")[0]
                            + " was not sent");
                }));
        assertThat(gateway.apiCalls().orElseThrow().snapshot()).isEqualTo(ApiCalls.Snapshot.NONE);
    }

    @Test
    void anAutoScalingGroupIsNotResizedOnAReadOnlyConnection() {
        assertRefusedWithoutACall(Map.of("autoscaling:UpdateAutoScalingGroup",
                () -> gateway.autoScalingGroups().updateAutoScalingGroup("workers", 0, 4, 2)));
    }

    /** Each write, keyed by its IAM action, is refused as read-only, and nothing reached the network. */
    private void assertRefusedWithoutACall(Map<String, ThrowingCallable> writes) {
        writes.forEach((action, write) -> assertThatThrownBy(write)
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(AwsAccount.READ_ONLY);
                    assertThat(e.getMessage()).contains(action + " was not sent");
                }));
        assertThat(gateway.apiCalls().orElseThrow().snapshot()).isEqualTo(ApiCalls.Snapshot.NONE);
    }
}
