package dev.berth.aws;

import dev.berth.core.gateway.AwsAccount;
import dev.berth.core.gateway.GatewayException;
import dev.berth.ui.common.Messages;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** SDK failures reach the user as AWS's error code and a sentence that says what to do. */
class SdkFailuresTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private final SdkFailures dev = new SdkFailures(AwsService.ECS, AwsTarget.profile("dev", "eu-west-1"));

    @Test
    void expiredCredentialsSayHowToSignInAgain() {
        GatewayException e = dev.translate(service("ExpiredTokenException", "The security token included in the "
                + "request is expired", 400), "ListClusters");

        assertThat(e.errorCode()).isEqualTo("ExpiredTokenException");
        assertThat(Messages.explain(e)).startsWith("The credentials of profile 'dev' have expired")
                .contains("aws sso login --profile dev");
    }

    @Test
    void aMissingPermissionNamesTheAction() {
        GatewayException e = dev.translate(service("AccessDeniedException", "User: arn:aws:iam::123456789012:user/ann "
                + "is not authorized to perform: ecs:DescribeServices", 400), "DescribeServices");

        assertThat(e.errorCode()).isEqualTo("AccessDeniedException");
        assertThat(e.retryable()).isFalse();
        assertThat(Messages.explain(e)).startsWith("Profile 'dev' is not allowed to call ecs:DescribeServices")
                .contains("grant ecs:DescribeServices");
    }

    @Test
    void refusedKeysAndThrottlingSayWhatToDo() {
        assertThat(dev.translate(service("UnrecognizedClientException", "The security token included in the request "
                + "is invalid.", 400), "ListClusters").getMessage())
                .startsWith("AWS refused the credentials of profile 'dev'").contains("Check the access key");

        GatewayException throttled = dev.translate(service("ThrottlingException", "Rate exceeded", 400),
                "DescribeTasks");
        assertThat(throttled.retryable()).isTrue();
        assertThat(Messages.explain(throttled)).isEqualTo("AWS is limiting the request rate (Rate exceeded on "
                + "ecs:DescribeTasks). Berth tries again on the next refresh.");
    }

    @Test
    void missingCredentialsAreGuidanceNotAStackTrace() {
        GatewayException e = dev.translate(SdkClientException.create("Unable to load credentials from any of the "
                + "providers in the chain"), "ListClusters");

        assertThat(e.errorCode()).isEqualTo(AwsAccount.CREDENTIALS_UNAVAILABLE);
        assertThat(Messages.explain(e)).startsWith("Berth could not get credentials for profile 'dev'")
                .contains("aws sso login --profile dev");
    }

    @Test
    void anUnknownHostIsTheNetworkOrARegionWithoutTheService() {
        SdkClientException unknownHost = SdkClientException.create("Unable to execute HTTP request",
                new UnknownHostException("ecs.eu-west-1.amazonaws.com"));
        assertThat(dev.translate(unknownHost, "ListClusters")).satisfies(e -> {
            assertThat(e.errorCode()).isEqualTo(AwsAccount.NETWORK_UNAVAILABLE);
            assertThat(e.getMessage()).startsWith("Cannot find ecs.eu-west-1.amazonaws.com")
                    .contains("Check the network connection");
        });

        SdkFailures nowhere = new SdkFailures(AwsService.ECS, AwsTarget.profile("dev", "xx-nowhere-1"));
        assertThat(nowhere.translate(unknownHost, "ListClusters")).satisfies(e -> {
            assertThat(e.errorCode()).isEqualTo(AwsAccount.SERVICE_NOT_IN_REGION);
            assertThat(e.getMessage()).isEqualTo("Amazon ECS is not offered in region xx-nowhere-1. Pick a region "
                    + "where it is, e.g. us-east-1.");
        });
    }

    @Test
    void ecrIsFoundUnderItsApiHostName() {
        SdkClientException unknownHost = SdkClientException.create("Unable to execute HTTP request",
                new UnknownHostException("api.ecr.eu-west-1.amazonaws.com"));

        assertThat(new SdkFailures(AwsService.ECR, AwsTarget.profile("dev", "eu-west-1"))
                .translate(unknownHost, "DescribeRepositories")).satisfies(e -> {
                    assertThat(e.errorCode()).isEqualTo(AwsAccount.NETWORK_UNAVAILABLE);
                    assertThat(e.getMessage()).startsWith("Cannot find api.ecr.eu-west-1.amazonaws.com");
                });
    }

    @Test
    void iamIsGlobalSoItsHostHasNoRegionAndEveryRegionHasIt() {
        SdkClientException unknownHost = SdkClientException.create("Unable to execute HTTP request",
                new UnknownHostException("iam.amazonaws.com"));

        assertThat(new SdkFailures(AwsService.IAM, AwsTarget.profile("dev", "eu-west-1"))
                .translate(unknownHost, "ListRoles")).satisfies(e -> {
                    assertThat(e.errorCode()).isEqualTo(AwsAccount.NETWORK_UNAVAILABLE);
                    assertThat(e.getMessage()).startsWith("Cannot find iam.amazonaws.com");
                });
    }

    @Test
    void aSecretInAnyTextIsRedacted() {
        GatewayException e = dev.translate(service("ValidationException", "bad key " + SECRET, 400), "ListClusters");

        assertThat(e.getMessage()).doesNotContain(SECRET).contains("[redacted]");
    }

    private static AwsServiceException service(String code, String message, int status) {
        return AwsServiceException.builder().message(message).statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
    }
}
