package dev.berth.ui.common;

import dev.berth.core.gateway.GatewayException;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    private final ErrorContext production = ErrorContext.in("eu-west-1").cluster("production");

    @Test
    void aMissingClusterIsNamedWithItsRegion() {
        assertThat(Messages.explain(GatewayException.client("ClusterNotFoundException", "Cluster not found."),
                production))
                .isEqualTo("Cluster 'production' does not exist in eu-west-1. Refresh the cluster list or pick another.");
    }

    @Test
    void aMissingServiceIsNamedWithItsCluster() {
        assertThat(Messages.explain(GatewayException.client("ServiceNotFoundException", "Service not found."),
                production.service("web")))
                .isEqualTo("Service 'web' does not exist in cluster 'production'. Refresh the service list or pick "
                        + "another.");
    }

    @Test
    void unnamedResourcesStillReadAsSentences() {
        assertThat(Messages.explain(GatewayException.client("ClusterNotFoundException", "Cluster not found.")))
                .isEqualTo("The cluster does not exist in this region. Refresh the cluster list or pick another.");
    }

    @Test
    void eksConflictsSayWhatToDo() {
        assertThat(Messages.explain(GatewayException.client("ResourceInUseException",
                "Cluster has nodegroups attached")))
                .isEqualTo("Cluster has nodegroups attached. Nothing was changed; wait until it is ACTIVE, or remove "
                        + "what is attached to it, and try again.");
    }

    @Test
    void awsValidationMessagesAreKeptAndSayNothingChanged() {
        assertThat(Messages.explain(GatewayException.client("ClientException", "Invalid 'cpu' setting for task.")))
                .isEqualTo("Invalid 'cpu' setting for task. Nothing was changed; correct the input and try again.");
    }

    @Test
    void temporaryProblemsSayToTryAgain() {
        assertThat(Messages.explain(new GatewayException("ServerException", "Internal error", true)))
                .isEqualTo("AWS had a temporary problem (Internal error). Try again in a moment.");
    }

    @Test
    void theAwsGatewaysGuidanceIsShownAsItIs() {
        assertThat(Messages.explain(GatewayException.client("InvalidSignatureException",
                "AWS refused the credentials of profile 'dev' (Signature mismatch). Check the access key")))
                .isEqualTo("AWS refused the credentials of profile 'dev' (Signature mismatch). Check the access key.");
    }

    @Test
    void networkFailuresSaySo() {
        assertThat(Messages.explain(new UncheckedIOException(new IOException("Connection refused"))))
                .isEqualTo("Could not reach the backend: Connection refused. Check the network connection and try again.");
    }

    @Test
    void anythingElseIsSummarisedWithoutAStackTrace() {
        String message = Messages.explain(new NullPointerException());

        assertThat(message).isEqualTo("Something unexpected went wrong (NullPointerException). Nothing was changed; "
                + "the details are in the log.");
        assertThat(message).doesNotContain("\tat ");
    }
}
