package dev.berth.aws;

/** An AWS service as messages name it: its signing name (the IAM action prefix and endpoint prefix) and its title. */
record AwsService(String signingName, String title) {
    static final AwsService ECS = new AwsService("ecs", "Amazon ECS");
    static final AwsService STS = new AwsService("sts", "AWS STS");
    static final AwsService ECR = new AwsService("ecr", "Amazon ECR");
    static final AwsService EKS = new AwsService("eks", "Amazon EKS");
}
