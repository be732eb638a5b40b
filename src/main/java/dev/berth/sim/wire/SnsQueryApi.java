package dev.berth.sim.wire;

import dev.berth.core.gateway.SnsGateway;

import java.util.Map;

/**
 * Amazon SNS (API 2010-03-31, signing name {@code sns}) over awsQuery: the topic operations of {@link SnsGateway},
 * ListTopics cut at 100 topics a page with a {@code NextToken}. A missing topic is {@code NotFound}, 404.
 */
final class SnsQueryApi extends QueryApi {
    /** ListTopics answers at most 100 topics a call and takes no page size. */
    private static final int TOPICS_PER_PAGE = 100;
    /** The statuses SNS's model gives these errors; the rest are 400. */
    private static final Map<String, Integer> STATUSES = Map.of("NotFound", 404, "AuthorizationError", 403,
            "InternalError", 500);

    SnsQueryApi(SnsGateway sns) {
        super("sns", "2010-03-31", "http://sns.amazonaws.com/doc/2010-03-31/");
        operations.put("CreateTopic", (in, out) -> out.value("TopicArn", sns.createTopic(in.required("Name"))));
        operations.put("ListTopics", (in, out) -> {
            var page = QueryPage.of(sns.listTopics(), in, "NextToken", "PageSize", TOPICS_PER_PAGE);
            out.list("Topics", page.items(), (topic, arn) -> topic.value("TopicArn", arn));
            out.value("NextToken", page.nextMarker());
        });
    }

    @Override
    int status(String errorCode) {
        return STATUSES.getOrDefault(errorCode, 400);
    }
}
