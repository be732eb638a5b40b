package dev.berth.aws;

import dev.berth.core.gateway.ApiCalls;
import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.AwsAccount;
import dev.berth.core.gateway.AwsConnections;
import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.gateway.SqsGateway;
import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.gateway.SnsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.gateway.SimulationClock;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.apprunner.AppRunnerClient;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import dev.berth.core.gateway.AutoScalingGroupsGateway;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.gateway.IamGateway;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sts.StsClient;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real AWS behind {@link Gateway}: the SDK's clients for one profile (or environment credentials, or a fixed
 * endpoint) and region, sharing one HTTP client, one failure translation and one call counter. Starts read-only
 * unless told otherwise. Close it when switching away: it ends its HTTP connections and describe threads.
 */
public final class AwsGateway implements AwsConnections.AwsConnection {
    /** Describe batches in flight at once: enough to hide the network's latency, few enough not to be throttled. */
    static final int PARALLEL_DESCRIBES = 6;

    private final AwsTarget target;
    private final ApiCalls calls = new ApiCalls();
    private final SdkClients clients;
    private final WriteGuard writes;
    private final EcsClient ecsClient;
    private final AwsEcsGateway ecs;
    private final EcrClient ecrClient;
    private final AwsEcrGateway ecr;
    private final EksClient eksClient;
    private final AwsEksGateway eks;
    private final AppRunnerClient appRunnerClient;
    private final AwsAppRunnerGateway appRunner;
    private final ElasticLoadBalancingV2Client elbClient;
    private final ElasticLoadBalancingClient classicElbClient;
    private final AwsElbGateway elb;
    private final ApplicationAutoScalingClient scalingClient;
    private final AwsScalingGateway scaling;
    private final SqsClient sqsClient;
    private final AwsSqsGateway sqs;
    private final EventBridgeClient eventsClient;
    private final AwsEventsGateway events;
    private final Account account = new Account();
    private final ExecutorService describeThreads;
    private final EfsClient efsClient;
    private final AwsEfsGateway efs;
    private final AutoScalingClient autoScalingClient;
    private final AwsAutoScalingGroupsGateway autoScalingGroups;
    private final CloudWatchClient cloudWatchClient;
    private final AwsCloudWatchGateway cloudWatch;
    private final IamClient iamClient;
    private final AwsIamGateway iam;
    private final S3Client s3Client;
    private final AwsS3Gateway s3;
    private final DynamoDbClient dynamoDbClient;
    private final AwsDynamoDbGateway dynamoDb;
    private final SnsClient snsClient;
    private final AwsSnsGateway sns;
    private final Ec2Client ec2Client;
    private final AwsEc2Gateway ec2;

    public AwsGateway(AwsTarget target, boolean writesAllowed) {
        this.target = target;
        this.clients = new SdkClients(target, calls);
        this.writes = new WriteGuard(target.displayName(), writesAllowed);
        this.ecsClient = clients.build(EcsClient.builder());
        this.ecs = new AwsEcsGateway(ecsClient, new SdkFailures(AwsService.ECS, target), writes);
        this.ecrClient = clients.build(EcrClient.builder());
        this.ecr = new AwsEcrGateway(ecrClient, new SdkFailures(AwsService.ECR, target), writes);
        this.ec2Client = clients.build(Ec2Client.builder());
        this.ec2 = new AwsEc2Gateway(ec2Client, new SdkCalls(AwsService.EC2, target, writes));
        this.eksClient = clients.build(EksClient.builder());
        this.eks = new AwsEksGateway(eksClient, ec2, new SdkFailures(AwsService.EKS, target), writes);
        this.appRunnerClient = clients.build(AppRunnerClient.builder());
        this.appRunner = new AwsAppRunnerGateway(appRunnerClient,
                new SdkCalls(AwsService.APP_RUNNER, target, writes));
        this.scalingClient = clients.build(ApplicationAutoScalingClient.builder());
        this.scaling = new AwsScalingGateway(scalingClient,
                new SdkCalls(AwsService.APPLICATION_AUTO_SCALING, target, writes));
        this.elbClient = clients.build(ElasticLoadBalancingV2Client.builder());
        this.classicElbClient = clients.build(ElasticLoadBalancingClient.builder());
        this.elb = new AwsElbGateway(elbClient, classicElbClient, new SdkCalls(AwsService.ELB, target, writes));
        this.sqsClient = clients.build(SqsClient.builder());
        this.sqs = new AwsSqsGateway(sqsClient, new SdkCalls(AwsService.SQS, target, writes));
        this.eventsClient = clients.build(EventBridgeClient.builder());
        this.events = new AwsEventsGateway(eventsClient, new SdkCalls(AwsService.EVENTS, target, writes));
        this.efsClient = clients.build(EfsClient.builder());
        this.efs = new AwsEfsGateway(efsClient, new SdkCalls(AwsService.EFS, target, writes));
        this.cloudWatchClient = clients.build(CloudWatchClient.builder());
        this.cloudWatch = new AwsCloudWatchGateway(cloudWatchClient,
                new SdkCalls(AwsService.CLOUDWATCH, target, writes));
        this.iamClient = clients.build(IamClient.builder());
        this.iam = new AwsIamGateway(iamClient, new SdkCalls(AwsService.IAM, target, writes));
        this.autoScalingClient = clients.build(AutoScalingClient.builder());
        this.autoScalingGroups = new AwsAutoScalingGroupsGateway(autoScalingClient,
                new SdkCalls(AwsService.AUTO_SCALING, target, writes));
        this.s3Client = clients.build(S3Client.builder().forcePathStyle(target.customEndpoint()));
        this.s3 = new AwsS3Gateway(s3Client, new SdkCalls(AwsService.S3, target, writes), target.region());
        this.dynamoDbClient = clients.build(DynamoDbClient.builder());
        this.dynamoDb = new AwsDynamoDbGateway(dynamoDbClient, new SdkCalls(AwsService.DYNAMODB, target, writes));
        this.snsClient = clients.build(SnsClient.builder());
        this.sns = new AwsSnsGateway(snsClient, new SdkCalls(AwsService.SNS, target, writes));
        AtomicInteger threads = new AtomicInteger();
        this.describeThreads = Executors.newFixedThreadPool(PARALLEL_DESCRIBES, runnable -> {
            Thread thread = new Thread(runnable, "berth-aws-describe-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public EcsGateway ecs() {
        return ecs;
    }

    @Override
    public EcrGateway ecr() {
        return ecr;
    }

    @Override
    public EksGateway eks() {
        return eks;
    }

    @Override
    public AppRunnerGateway appRunner() {
        return appRunner;
    }

    @Override
    public ElbGateway elb() {
        return elb;
    }

    @Override
    public ScalingGateway scaling() {
        return scaling;
    }

    @Override
    public SqsGateway sqs() {
        return sqs;
    }

    @Override
    public EventsGateway events() {
        return events;
    }

    public IamGateway iam() {
        return iam;
    }

    @Override
    public EfsGateway efs() {
        return efs;
    }

    @Override
    public AutoScalingGroupsGateway autoScalingGroups() {
        return autoScalingGroups;
    }

    public CloudWatchGateway cloudWatch() {
        return cloudWatch;
    }

    @Override
    public S3Gateway s3() {
        return s3;
    }

    @Override
    public DynamoDbGateway dynamoDb() {
        return dynamoDb;
    }

    @Override
    public SnsGateway sns() {
        return sns;
    }

    @Override
    public Ec2Gateway ec2() {
        return ec2;
    }

    @Override
    public Optional<SimulationClock> simulationClock() {
        return Optional.empty();
    }

    @Override
    public String backendName() {
        return "AWS · " + target.displayName() + " · " + target.region();
    }

    @Override
    public String region() {
        return target.region();
    }

    @Override
    public Optional<AwsAccount> awsAccount() {
        return Optional.of(account);
    }

    @Override
    public Optional<ApiCalls> apiCalls() {
        return Optional.of(calls);
    }

    @Override
    public Executor describeBatches() {
        return describeThreads;
    }

    @Override
    public void close() {
        describeThreads.shutdownNow();
        ecsClient.close();
        ecrClient.close();
        eksClient.close();
        appRunnerClient.close();
        scalingClient.close();
        elbClient.close();
        classicElbClient.close();
        sqsClient.close();
        eventsClient.close();
        efsClient.close();
        cloudWatchClient.close();
        iamClient.close();
        autoScalingClient.close();
        s3Client.close();
        dynamoDbClient.close();
        snsClient.close();
        ec2Client.close();
        account.close();
        clients.close();
    }

    /** The account behind the credentials, asked of STS once; writes on or off. */
    private final class Account implements AwsAccount {
        private StsClient sts;
        private String accountId;

        @Override
        public String profile() {
            return target.displayName();
        }

        @Override
        public String region() {
            return target.region();
        }

        @Override
        public synchronized String accountId() {
            if (accountId == null) {
                if (sts == null) {
                    sts = clients.build(StsClient.builder());
                }
                try {
                    accountId = sts.getCallerIdentity().account();
                } catch (RuntimeException e) {
                    throw new SdkFailures(AwsService.STS, target).translate(e, "GetCallerIdentity");
                }
            }
            return accountId;
        }

        @Override
        public boolean writesAllowed() {
            return writes.allowed();
        }

        @Override
        public void allowWrites(boolean allowed) {
            writes.allow(allowed);
        }

        synchronized void close() {
            if (sts != null) {
                sts.close();
            }
        }
    }
}
