package dev.berth.core.gateway;

import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Everything a view may ask of a backend: the AWS services, and (for the simulator) its clock. The composition root
 * picks the implementation; views only see this.
 */
public interface Gateway {

    EcsGateway ecs();

    EcrGateway ecr();

    EksGateway eks();

    AppRunnerGateway appRunner();

    /** Elastic Load Balancing: the load balancers and target groups services register their tasks with. */
    ElbGateway elb();

    /** Application Auto Scaling for ECS services. */
    ScalingGateway scaling();

    /** Amazon SQS: the queues ECS services work on. */
    SqsGateway sqs();
    /** Amazon EventBridge: rules that run ECS tasks on a schedule or on events. */
    EventsGateway events();
    /** IAM: the roles tasks and container instances assume, and the managed policies attached to them. */
    IamGateway iam();

    /** Amazon EFS: the file systems tasks mount as volumes, and their mount targets. */
    EfsGateway efs();

    /** EC2 Auto Scaling: the groups of instances behind EC2 clusters' capacity providers, and their sizes. */
    AutoScalingGroupsGateway autoScalingGroups();
    /** Amazon CloudWatch: the metrics the charts show and the alarms step scaling acts on. */
    CloudWatchGateway cloudWatch();
    /** Amazon EC2: the instances behind EKS node groups' nodes. */
    Ec2Gateway ec2();

    /** Amazon S3: the buckets whose uploads start EventBridge flows. */
    S3Gateway s3();

    /** Amazon DynamoDB: the tables the flows' tasks write to. */
    DynamoDbGateway dynamoDb();

    /** Amazon SNS: the topics the flows announce on. */
    SnsGateway sns();

    /** Present for the simulator, empty for real AWS. */
    Optional<SimulationClock> simulationClock();

    /** What the status bar names: the simulator world, or the AWS profile and region. */
    String backendName();

    /** The region resources live in, used in messages ("... does not exist in us-east-1"). */
    String region();

    /** The account resources live in, when the backend knows it, to offer ARNs (IAM roles) in forms. */
    default Optional<String> accountId() {
        return Optional.empty();
    }

    /** Present for the simulator, empty for real AWS, which cannot be told to fail. */
    default Optional<FaultInjection> faultInjection() {
        return Optional.empty();
    }

    /** Present for the simulator, empty for real AWS, whose load comes from real users. */
    default Optional<LoadSimulation> loadSimulation() {
        return Optional.empty();
    }

    /** Present for the simulator, empty for real AWS, which keeps no feed of a whole cluster. */
    default Optional<ClusterFeed> clusterFeed() {
        return Optional.empty();
    }

    /** Present while a simulator is shown: the switch that serves it as a local AWS endpoint. */
    default Optional<LocalEndpoint> localEndpoint() {
        return Optional.empty();
    }

    /** Present for real AWS: the account, its region and whether writes are on. */
    default Optional<AwsAccount> awsAccount() {
        return Optional.empty();
    }

    /** The calls this backend has made, where it counts them (real AWS). */
    default Optional<ApiCalls> apiCalls() {
        return Optional.empty();
    }

    /**
     * Where independent describe batches run ({@link EcsInventory}): in parallel for real AWS, whose calls wait on
     * the network; in the caller's thread for the simulator, which answers one read at a time.
     */
    default Executor describeBatches() {
        return Runnable::run;
    }
}
