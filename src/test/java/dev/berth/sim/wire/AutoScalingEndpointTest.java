package dev.berth.sim.wire;

import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EC2 Auto Scaling's awsQuery on the endpoint, as the AWS CLI sends it: 50 groups a page unless MaxRecords asks for
 * up to 100, no more names than a page holds, AWS's members and namespace, and its errors in the awsQuery shape.
 */
class AutoScalingEndpointTest {
    private static final String NAMESPACE = "http://autoscaling.amazonaws.com/doc/2011-01-01/";
    private static final String DESCRIBE = "Action=DescribeAutoScalingGroups&Version=2011-01-01";
    private static final Pattern NEXT_TOKEN = Pattern.compile("<NextToken>([^<]+)</NextToken>");
    private final Simulator simulator = Simulator.create(WorldSettings.of("asg-wire", 3,
            Instant.parse("2026-03-02T09:00:00Z")), CommandJournal.none());
    private AwsEndpoint endpoint;

    @BeforeEach
    void start() throws IOException {
        IntStream.range(0, 60).forEach(i -> simulator.ecs().createCluster(new CreateClusterRequest("c" + i,
                List.of(), List.of(), new Ec2Capacity("t3.small", 0, 2, i == 0 ? 1 : 0), List.of())));
        endpoint = WireClients.serve(simulator);
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void groupsComeFiftyAPageUnlessMaxRecordsAsksForMore() throws Exception {
        HttpResponse<String> first = post(DESCRIBE);
        HttpResponse<String> rest = post(DESCRIBE + "&NextToken="
                + URLEncoder.encode(nextToken(first.body()), StandardCharsets.UTF_8));
        HttpResponse<String> whole = post(DESCRIBE + "&MaxRecords=100&IncludeInstances=false");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).startsWith("<DescribeAutoScalingGroupsResponse xmlns=\"" + NAMESPACE + "\">"
                + "<DescribeAutoScalingGroupsResult><AutoScalingGroups><member><AutoScalingGroupName>"
                + "Infra-ECS-Cluster-c0-")
                .contains("<MinSize>0</MinSize><MaxSize>2</MaxSize><DesiredCapacity>1</DesiredCapacity>"
                        + "<DefaultCooldown>300</DefaultCooldown><AvailabilityZones><member>us-east-1a</member>")
                .contains("<HealthCheckType>EC2</HealthCheckType><Instances><member><InstanceId>i-")
                .contains("<LifecycleState>Pending</LifecycleState><HealthStatus>Healthy</HealthStatus>"
                        + "<ProtectedFromScaleIn>false</ProtectedFromScaleIn></member></Instances>"
                        + "<CreatedTime>2026-03-02T09:00:00.000Z</CreatedTime>");
        assertThat(groups(first.body())).hasSize(50);
        assertThat(groups(rest.body())).hasSize(10).last().asString().startsWith("Infra-ECS-Cluster-c59-");
        assertThat(rest.body()).doesNotContain("<NextToken>");
        assertThat(groups(whole.body())).hasSize(60);
        assertThat(whole.body()).doesNotContain("<Instances>").doesNotContain("<NextToken>");
        assertThat(groups(post(DESCRIBE + "&Filters.member.1.Name=tag-key&Filters.member.1.Values.member.1=team")
                .body())).as("no group has tags").isEmpty();
    }

    @Test
    void namesBeyondThePageBadTokensAndBadSizesAreRefusedInAwsShape() throws Exception {
        String fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "AutoScalingGroupNames.member." + i + "=g" + i)
                .collect(Collectors.joining("&"));
        assertRefused(post(DESCRIBE + "&" + fiftyOne), "ValidationError",
                "The number of group names that may be passed in is limited to 50");
        assertThat(post(DESCRIBE + "&MaxRecords=100&" + fiftyOne).statusCode()).isEqualTo(200);
        assertRefused(post(DESCRIBE + "&NextToken=bogus"), "InvalidNextToken", "The token 'bogus' is invalid.");
        assertRefused(post(DESCRIBE + "&MaxRecords=101"), "ValidationError", "1 validation error detected: "
                + "Value '101' at 'maxRecords' failed to satisfy constraint: Member must have value less than or "
                + "equal to 100");
        String name = groups(post(DESCRIBE).body()).get(0);
        assertRefused(post("Action=UpdateAutoScalingGroup&Version=2011-01-01&AutoScalingGroupName=" + name
                + "&MinSize=3&MaxSize=2"), "ValidationError", "Max bound, 2, must be greater than or equal to min "
                + "bound, 3");
        assertRefused(post("Action=SuspendProcesses&Version=2011-01-01"), "InvalidAction",
                "Could not find operation SuspendProcesses for version 2011-01-01");

        HttpResponse<String> updated = post("Action=UpdateAutoScalingGroup&Version=2011-01-01"
                + "&AutoScalingGroupName=" + name + "&MaxSize=3&DesiredCapacity=3");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).startsWith("<UpdateAutoScalingGroupResponse xmlns=\"" + NAMESPACE + "\">"
                + "<UpdateAutoScalingGroupResult></UpdateAutoScalingGroupResult><ResponseMetadata><RequestId>");
        assertThat(simulator.autoScalingGroups().describeAutoScalingGroups(List.of(name)).get(0).desiredCapacity())
                .isEqualTo(3);
    }

    private static void assertRefused(HttpResponse<String> answer, String code, String message) {
        assertThat(answer.statusCode()).as(code).isEqualTo(400);
        assertThat(answer.body()).startsWith("<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>Sender</Type>"
                + "<Code>" + code + "</Code><Message>" + message + "</Message></Error><RequestId>");
    }

    private static List<String> groups(String xml) {
        return Pattern.compile("<AutoScalingGroupName>([^<]+)</AutoScalingGroupName>").matcher(xml).results()
                .map(m -> m.group(1)).toList();
    }

    private static String nextToken(String xml) {
        Matcher token = NEXT_TOKEN.matcher(xml);
        assertThat(token.find()).as("a next token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> post(String form) throws IOException, InterruptedException {
        return WireClients.postForm(endpoint.port(), AutoScalingQueryApi.SIGNING_NAME, form);
    }
}
