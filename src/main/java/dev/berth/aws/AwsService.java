package dev.berth.aws;

/** An AWS service as messages name it: its signing name (the IAM action prefix and endpoint prefix) and its title. */
record AwsService(String signingName, String title) {
    static final AwsService ECS = new AwsService("ecs", "Amazon ECS");
    static final AwsService STS = new AwsService("sts", "AWS STS");
    static final AwsService APP_RUNNER = new AwsService("apprunner", "AWS App Runner");
    static final AwsService APPLICATION_AUTO_SCALING = new AwsService("application-autoscaling",
            "Application Auto Scaling");
}
