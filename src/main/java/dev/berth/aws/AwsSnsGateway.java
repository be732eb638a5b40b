package dev.berth.aws;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.SnsGateway;
import dev.berth.core.model.Notification;
import dev.berth.core.model.Page;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.ListTopicsResponse;

import java.util.List;

import static dev.berth.aws.EcsShapes.map;

/** Amazon SNS through the SDK: topics, ListTopics following its NextToken to the end, a call per page. */
public final class AwsSnsGateway implements SnsGateway {
    private final SnsClient sns;
    private final SdkCalls calls;

    AwsSnsGateway(SnsClient sns, SdkCalls calls) {
        this.sns = sns;
        this.calls = calls;
    }

    @Override
    public String createTopic(String name) {
        return calls.write("CreateTopic", () -> sns.createTopic(r -> r.name(name)).topicArn());
    }

    @Override
    public List<String> listTopics() {
        return calls.read("ListTopics", () -> Page.all(token -> {
            ListTopicsResponse page = sns.listTopics(r -> r.nextToken(token));
            return new Page<>(map(page.topics(), t -> t.topicArn()), page.nextToken());
        }));
    }

    /** SNS keeps no copy of a message, so there is nothing to ask it: refused before any call. */
    @Override
    public List<Notification> listNotifications(String topicArn) {
        throw new GatewayException(NotYetOnAws.ERROR_CODE, "SNS keeps no copy of what a topic publishes: on real "
                + "AWS, subscribe to the topic (an e-mail address or an SQS queue) to see its messages.", false);
    }
}
