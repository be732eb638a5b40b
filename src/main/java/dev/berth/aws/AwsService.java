package dev.berth.aws;

/**
 * An AWS service as messages name it: its signing name (the IAM action prefix), its title, and the prefix of its
 * endpoint's host name, which is the signing name for most services.
 */
record AwsService(String signingName, String title, String endpointPrefix) {
    static final AwsService ECS = new AwsService("ecs", "Amazon ECS");
    static final AwsService STS = new AwsService("sts", "AWS STS");
    /** ECR's API is at {@code api.ecr.R.amazonaws.com}; its registries at {@code A.dkr.ecr.R.amazonaws.com}. */
    static final AwsService ECR = new AwsService("ecr", "Amazon ECR", "api.ecr");
    static final AwsService EKS = new AwsService("eks", "Amazon EKS");
    static final AwsService APP_RUNNER = new AwsService("apprunner", "AWS App Runner");
    static final AwsService APPLICATION_AUTO_SCALING = new AwsService("application-autoscaling",
            "Application Auto Scaling");
    /** Both of its APIs, v2 (2015-12-01) and Classic (2012-06-01), sign and authorize as elasticloadbalancing. */
    static final AwsService ELB = new AwsService("elasticloadbalancing", "Elastic Load Balancing");
    static final AwsService SQS = new AwsService("sqs", "Amazon SQS");
    static final AwsService EVENTS = new AwsService("events", "Amazon EventBridge");
    static final AwsService EFS = new AwsService("elasticfilesystem", "Amazon EFS");
    /** CloudWatch's IAM actions are {@code cloudwatch:*}; its API is at {@code monitoring.R.amazonaws.com}. */
    static final AwsService CLOUDWATCH = new AwsService("cloudwatch", "Amazon CloudWatch", "monitoring");
    /** Global: one endpoint per partition ({@code iam.amazonaws.com}), signed for us-east-1 in the aws partition. */
    static final AwsService IAM = new AwsService("iam", "AWS IAM");
    static final AwsService AUTO_SCALING = new AwsService("autoscaling", "Amazon EC2 Auto Scaling");
    static final AwsService S3 = new AwsService("s3", "Amazon S3");
    static final AwsService DYNAMODB = new AwsService("dynamodb", "Amazon DynamoDB");
    static final AwsService SNS = new AwsService("sns", "Amazon SNS");
    static final AwsService EC2 = new AwsService("ec2", "Amazon EC2");

    AwsService(String signingName, String title) {
        this(signingName, title, signingName);
    }
}
