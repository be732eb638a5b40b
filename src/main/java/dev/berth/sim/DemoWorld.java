package dev.berth.sim;

import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.gateway.IamGateway;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.EcsParameters;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.ImageScanningConfiguration;
import dev.berth.core.model.InputTransformer;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.PutRuleRequest;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.SimulatedApplication;
import dev.berth.core.model.Target;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.VpcConfigRequest;
import dev.berth.sim.ecs.Identities;
import dev.berth.sim.ecs.JobWork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The world a new user starts in, built through the gateway so it is journaled like anything the user does: the
 * console wizard's cluster (Fargate plus an empty auto scaling group of t2.micro) running the nginx demo page, the
 * lab's Application Load Balancer with its target group (ready for a service to be put behind it), an ECR
 * repository with tagged images and one left untagged when its tag moved on, the lab's EKS cluster DemoEKS with its
 * node group DemoNodeGroup of t3.medium nodes, and the lab's App Runner service DemoHTTP (an ECR Public image,
 * 1 vCPU, 2 GB, port 80), and the seeds' EventBridge flows around the cluster (see {@link #addEventBridge}).
 */
public final class DemoWorld {
    public static final String CLUSTER = "DemoCluster";
    public static final String FAMILY = "nginxdemos-hello";
    public static final String SERVICE = "nginxdemos-hello";
    /** Two subnets of the account's default VPC and its default security group. */
    public static final List<String> SUBNETS = List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f9e8d7c6b5a40312");
    public static final String SECURITY_GROUP = "sg-0c1d2e3f4a5b69788";
    public static final String REPOSITORY = "demo-app";
    public static final String EKS_CLUSTER = "DemoEKS";
    public static final String NODEGROUP = "DemoNodeGroup";
    /** The roles the lab creates in IAM for the control plane and for the nodes. */
    public static final String EKS_CLUSTER_ROLE = "eksClusterRole";
    public static final String EKS_NODE_ROLE = "AmazonEKSNodeRole";
    /**
     * The demo world begins this long before it is first shown: DemoEKS is created at its start and is ACTIVE by
     * then, so DemoNodeGroup can be created; the ECS part is created at the end, so the user sees it start.
     */
    public static final Duration HISTORY = Duration.ofMinutes(10);
    private static final long MIB = 1024 * 1024;
    public static final String APP_RUNNER_SERVICE = "DemoHTTP";
    /** The lab picks an image from the ECR Public gallery; nginx listens on port 80 as the lab's service does. */
    public static final String APP_RUNNER_IMAGE = "public.ecr.aws/nginx/nginx:latest";
    public static final String LOAD_BALANCER = "DemoALBForECS";
    public static final String TARGET_GROUP = "tg-nginxdemos-hello";
    public static final String BUCKET = "demo-uploads";
    public static final String TABLE = "processed-objects";
    public static final String TOPIC = "ecs-task-alerts";
    /** The task role of the job {@code process-object}: it may write to DynamoDB, as the job does. */
    public static final String JOB_TASK_ROLE = "processObjectTaskRole";
    private static final String DYNAMODB_FULL_ACCESS = "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess";

    private DemoWorld() {
    }

    /** The whole demo world: DemoEKS at the world's start, DemoNodeGroup and the ECS part {@link #HISTORY} later. */
    public static void populate(Simulator simulator) {
        String account = simulator.settings().accountId();
        createEksCluster(simulator.eks(), account);
        simulator.advanceBy(HISTORY);
        createNodegroup(simulator.eks(), account);
        populateImages(simulator.ecr());
        populateAppRunner(simulator.appRunner());
        addLoadBalancer(simulator.elb());
        populate(simulator.ecs());
        addEventBridge(simulator);
    }

    /** The lab's cluster: the default Kubernetes version in the two demo subnets. */
    public static void createEksCluster(EksGateway eks, String accountId) {
        eks.createCluster(new CreateEksClusterRequest(EKS_CLUSTER, null, roleArn(accountId, EKS_CLUSTER_ROLE),
                new VpcConfigRequest(SUBNETS, List.of(SECURITY_GROUP), true, false), Map.of()));
    }

    /** The lab's node group: two t3.medium nodes, as the console proposes; DemoEKS must be ACTIVE. */
    public static void createNodegroup(EksGateway eks, String accountId) {
        eks.createNodegroup(new CreateNodegroupRequest(EKS_CLUSTER, NODEGROUP, new NodegroupScalingConfig(2, 2, 2),
                null, SUBNETS, List.of("t3.medium"), null, roleArn(accountId, EKS_NODE_ROLE), Map.of(), List.of(),
                "ON_DEMAND", null, Map.of()));
    }

    public static String roleArn(String accountId, String roleName) {
        return "arn:aws:iam::" + accountId + ":role/" + roleName;
    }

    /** The ECS part: DemoCluster running nginxdemos-hello. */
    public static void populate(EcsGateway ecs) {
        ecs.createCluster(new CreateClusterRequest(CLUSTER, List.of("FARGATE", "FARGATE_SPOT"), List.of(),
                new Ec2Capacity("t2.micro", 0, 5, 0), List.of()));
        ContainerDefinition container = new ContainerDefinition("nginxdemos-hello", "nginxdemos/hello", null, null,
                null, true, List.of(new PortMapping(80, 80, "tcp")), List.of(), List.of(), null);
        ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest(FAMILY, "awsvpc", List.of("FARGATE"), "512",
                "1024", null, null, List.of(container), List.of()));
        NetworkConfiguration network = new NetworkConfiguration(
                new AwsVpcConfiguration(SUBNETS, List.of(SECURITY_GROUP), "ENABLED"));
        ecs.createService(new CreateServiceRequest(CLUSTER, SERVICE, FAMILY, 1, "FARGATE", List.of(), null, network,
                null, null, List.of()));
    }

    /**
     * The repository {@value #REPOSITORY}, scanned on push: 1.0; then {@code latest} on an image that loses it to 1.1,
     * so that image is left untagged, as happens to every mutable tag that moves.
     */
    public static void populateImages(EcrGateway ecr) {
        ecr.createRepository(new CreateRepositoryRequest(REPOSITORY, "MUTABLE", new ImageScanningConfiguration(true),
                null, List.of()));
        push(ecr, "1.0", ImageManifest.build(REPOSITORY, "1.0", 48 * MIB, 4));
        push(ecr, "latest", ImageManifest.build(REPOSITORY, "1.1-rc1", 51 * MIB, 4));
        String release = ImageManifest.build(REPOSITORY, "1.1", 52 * MIB, 5);
        push(ecr, "1.1", release);
        push(ecr, "latest", release);
    }

    private static void push(EcrGateway ecr, String tag, String manifest) {
        ecr.putImage(new PutImageRequest(REPOSITORY, manifest, null, tag, null));
    }

    /** The lab's App Runner service: 1 vCPU, 2 GB, port 80, from an image in the ECR Public gallery. */
    public static void populateAppRunner(AppRunnerGateway appRunner) {
        appRunner.createService(CreateAppRunnerServiceRequest.fromPublicImage(APP_RUNNER_SERVICE, APP_RUNNER_IMAGE,
                "80", "1 vCPU", "2 GB"));
    }

    /**
     * The lab's load balancer: DemoALBForECS, internet-facing in the demo subnets, with a listener on port 80
     * forwarding to tg-nginxdemos-hello (IP targets on port 80, HTTP health check of "/"). The demo service stays
     * outside it, as the lab creates its service behind the load balancer in a later step.
     */
    public static void addLoadBalancer(ElbGateway elb) {
        ElbLoadBalancer alb = elb.createLoadBalancer(new CreateLoadBalancerRequest(LOAD_BALANCER, SUBNETS,
                List.of(SECURITY_GROUP), "internet-facing", "application", null, List.of()));
        TargetGroup group = elb.createTargetGroup(CreateTargetGroupRequest.of(TARGET_GROUP, "HTTP", 80, null, "ip"));
        elb.createListener(new CreateListenerRequest(alb.loadBalancerArn(), "HTTP", 80,
                List.of(ElbAction.forward(group.targetGroupArn()))));
    }

    /**
     * The seeds' EventBridge flows around DemoCluster: uploads to {@value #BUCKET} run the Fargate job
     * {@code process-object} with the object's key, which writes an item to {@value #TABLE} with its task role
     * {@value #JOB_TASK_ROLE}; the rule
     * {@code hourly-batch} runs a batch job every hour (created disabled, so the demo's ECS history stays as it
     * was until the user enables it); and every task that stops in DemoCluster is announced on the SNS topic
     * {@value #TOPIC}. The jobs are simulated ({@link dev.berth.sim.ecs.JobWork}).
     */
    public static void addEventBridge(Simulator simulator) {
        EventsGateway events = simulator.events();
        EcsGateway ecs = simulator.ecs();
        IamGateway iam = simulator.iam();
        String accountId = simulator.settings().accountId();
        simulator.s3().createBucket(BUCKET);
        simulator.s3().putBucketNotificationConfiguration(BUCKET, true);
        simulator.dynamoDb().createTable(TABLE, "OBJECT_KEY");
        String topic = simulator.sns().createTopic(TOPIC);
        iam.createRole(CreateRoleRequest.forService(JOB_TASK_ROLE, Identities.ECS_TASKS,
                "Lets process-object write its items to " + TABLE));
        iam.attachRolePolicy(JOB_TASK_ROLE, DYNAMODB_FULL_ACCESS);
        job(ecs, "process-object", 45, roleArn(accountId, JOB_TASK_ROLE),
                List.of(new KeyValuePair(SimulatedApplication.DYNAMODB_TABLE, TABLE)));
        job(ecs, "hourly-batch", 300, null, List.of());
        String cluster = ecs.describeClusters(List.of(CLUSTER)).items().get(0).clusterArn();
        String role = roleArn(accountId, "ecsEventsRole");
        NetworkConfiguration network = new NetworkConfiguration(
                new AwsVpcConfiguration(SUBNETS, List.of(SECURITY_GROUP), "ENABLED"));
        events.putRule(new PutRuleRequest("object-uploaded", null, "{\"source\": [\"aws.s3\"], \"detail-type\": "
                + "[\"Object Created\"], \"detail\": {\"bucket\": {\"name\": [\"" + BUCKET + "\"]}}}", "ENABLED",
                "Process each object uploaded to " + BUCKET, null));
        events.putTargets("object-uploaded", List.of(new Target("process-object", cluster, role, null, null,
                new InputTransformer(Map.of("key", "$.detail.object.key"), "{\"containerOverrides\": [{\"name\": "
                        + "\"worker\", \"environment\": [{\"name\": \"OBJECT_KEY\", \"value\": \"<key>\"}]}]}"),
                new EcsParameters("process-object", 1, "FARGATE", network, null, null))));
        events.putRule(new PutRuleRequest("hourly-batch", "rate(1 hour)", null, "DISABLED",
                "Run the batch job every hour", null));
        events.putTargets("hourly-batch", List.of(new Target("batch", cluster, role, null, null, null,
                new EcsParameters("hourly-batch", 1, "FARGATE", network, null, null))));
        events.putRule(new PutRuleRequest("task-stopped", null, "{\"source\": [\"aws.ecs\"], \"detail-type\": "
                + "[\"ECS Task State Change\"], \"detail\": {\"lastStatus\": [\"STOPPED\"], \"clusterArn\": [\""
                + cluster + "\"]}}", "ENABLED", "Tell the administrator when a task stops", null));
        events.putTargets("task-stopped", List.of(new Target("notify-admin", topic, null, null, null,
                new InputTransformer(Map.of("task", "$.detail.taskArn", "reason", "$.detail.stoppedReason"),
                        "\"Task <task> stopped: <reason>\""), null)));
    }

    /** A Fargate job of the demo: container {@code worker} works {@code seconds}, then exits with code 0. */
    private static void job(EcsGateway ecs, String family, int seconds, String taskRoleArn,
                            List<KeyValuePair> environment) {
        List<KeyValuePair> variables = new ArrayList<>(environment);
        variables.add(0, new KeyValuePair(JobWork.SECONDS, String.valueOf(seconds)));
        ContainerDefinition worker = new ContainerDefinition("worker", "public.ecr.aws/docker/library/busybox:latest",
                null, null, null, true, List.of(), variables, List.of(), null);
        ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest(family, "awsvpc", List.of("FARGATE"), "256",
                "512", null, taskRoleArn, List.of(worker), List.of()));
    }
}
