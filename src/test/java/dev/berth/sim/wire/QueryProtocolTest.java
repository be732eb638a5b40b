package dev.berth.sim.wire;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.LoadBalancerFixture;
import dev.berth.sim.Simulator;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerNotFoundException;
import software.amazon.awssdk.services.sts.StsClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.LoadBalancerFixture.SUBNETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The awsQuery protocol on the endpoint: flattened form input, XML answers in each service's namespace, errors in
 * awsQuery's shape with the model's status so the SDK raises the error's own class, and malformed input refused in
 * that shape without touching the world.
 */
class QueryProtocolTest {
    private final LoadBalancerFixture lb = new LoadBalancerFixture(5);
    private final Simulator simulator = lb.world.simulator;
    private AwsEndpoint endpoint;

    @BeforeEach
    void start() throws IOException {
        endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new SimulatorBackend(simulator, new SteppedClock(simulator)), new SigV4Verifier("test", "test"),
                Instant::now);
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void formInputIsReadAsTheProtocolFlattensIt() {
        QueryInput input = QueryInput.parse("Action=CreateTargetGroup&Version=2015-12-01&Names.member.2=b"
                + "&Names.member.1=a%2Fb&Empty=&Matcher.HttpCode=200-299&Tags.member.1.Key=team"
                + "&Tags.member.1.Value=web&Tags.member.2.Key=env&Attributes.entry.1.key=k&Attributes.entry.1.value=v"
                + "&Port=80&Enabled=true", "AKID");

        assertThat(input.action()).isEqualTo("CreateTargetGroup");
        assertThat(input.version()).isEqualTo("2015-12-01");
        assertThat(input.strings("Names")).containsExactly("a/b", "b");
        assertThat(input.strings("Empty")).isEmpty();
        assertThat(input.structure("Matcher").text("HttpCode")).isEqualTo("200-299");
        assertThat(input.structure("Missing")).isNull();
        assertThat(input.structures("Tags")).extracting(t -> t.text("Key") + "=" + t.text("Value"))
                .containsExactly("team=web", "env=null");
        assertThat(input.map("Attributes")).isEqualTo(Map.of("k", "v"));
        assertThat(input.integer("Port")).isEqualTo(80);
        assertThat(input.bool("Enabled")).isTrue();
        assertThat(input.accessKeyId()).isEqualTo("AKID");
        assertThatThrownBy(() -> input.required("Name")).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("ValidationError");
            assertThat(e.getMessage()).isEqualTo("1 validation error detected: Value null at 'name' failed to "
                    + "satisfy constraint: Member must not be null");
        });
        assertThatThrownBy(() -> input.integer("Matcher.HttpCode")).isInstanceOf(GatewayException.class);
        assertThatThrownBy(() -> QueryInput.parse("Names.member.x=a", "AKID").strings("Names"))
                .isInstanceOfSatisfying(WireFault.class, f -> assertThat(f.errorCode())
                        .isEqualTo("MalformedQueryString"));
        assertThat(new QueryXml().value("Name", "a<b&\"c\"").value("Null", null).strings("L", List.of("x"))
                .value("At", Instant.parse("2026-11-25T08:00:00Z")).toString())
                .isEqualTo("<Name>a&lt;b&amp;&quot;c&quot;</Name><L><member>x</member></L>"
                        + "<At>2026-11-25T08:00:00.000Z</At>");
    }

    @Test
    void theSdkReadsLoadBalancersPageByPageAndGetsTheirErrorsAsTheirOwnClasses() {
        for (String name : List.of("alb-one", "alb-two", "alb-three")) {
            simulator.elb().createLoadBalancer(new CreateLoadBalancerRequest(name, LoadBalancerFixture.SUBNETS,
                    List.of(), null, null, null, null));
        }
        try (ElasticLoadBalancingV2Client elb = WireClients.sdk(ElasticLoadBalancingV2Client.builder(),
                endpoint.port(), "test")) {
            var first = elb.describeLoadBalancers(r -> r.pageSize(2));
            assertThat(first.loadBalancers()).extracting(LoadBalancer::loadBalancerName)
                    .containsExactly("alb-one", "alb-two");
            assertThat(first.nextMarker()).isNotNull();
            assertThat(elb.describeLoadBalancersPaginator(r -> r.pageSize(2)).loadBalancers().stream()
                    .map(LoadBalancer::loadBalancerName)).containsExactly("alb-one", "alb-two", "alb-three");
            LoadBalancer one = first.loadBalancers().get(0);
            assertThat(one.createdTime()).isEqualTo(simulator.now());
            assertThat(one.state().codeAsString() + " " + one.typeAsString() + " " + one.availabilityZones().size())
                    .isEqualTo("provisioning application " + SUBNETS.size());

            assertThatThrownBy(() -> elb.describeLoadBalancers(r -> r.names("missing")))
                    .isInstanceOfSatisfying(LoadBalancerNotFoundException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("One or more load balancers not found");
                    });
            assertThatThrownBy(() -> elb.describeLoadBalancers(r -> r.pageSize(401)))
                    .isInstanceOfSatisfying(ElasticLoadBalancingV2Exception.class, e -> assertThat(
                            e.awsErrorDetails().errorCode()).isEqualTo("ValidationError"));
        }
    }

    @Test
    void aBadSignatureIsRefusedInTheQueryShapeSoTheSdkCanReadIt() {
        try (ElasticLoadBalancingV2Client elb = WireClients.sdk(ElasticLoadBalancingV2Client.builder(),
                endpoint.port(), "wrong")) {
            assertThatThrownBy(() -> elb.describeLoadBalancers(r -> { }))
                    .isInstanceOfSatisfying(ElasticLoadBalancingV2Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith("The request signature we "
                                + "calculated does not match");
                    });
        }
    }

    @Test
    void stsStillAnswersWhoTheCallerIs() {
        try (StsClient sts = WireClients.sdk(StsClient.builder(), endpoint.port(), "test")) {
            var identity = sts.getCallerIdentity();
            assertThat(identity.account()).isEqualTo("123456789012");
            assertThat(identity.arn()).isEqualTo("arn:aws:iam::123456789012:user/test");
        }
    }

    @Test
    void malformedRequestsAreRefusedInTheQueryErrorShapeWithoutAChange() throws Exception {
        Map<String, String> refusals = Map.of(
                "Action=CreateLoadBalancer&Version=2015-12-01&Name=web&Subnets.member.1=" + SUBNETS.get(0)
                        + "&Subnets.member.2=" + SUBNETS.get(1) + "&Type=%zz", "MalformedQueryString",
                "Version=2015-12-01&Name=web", "MissingAction",
                "Action=LaunchRockets&Version=2015-12-01", "InvalidAction",
                "Action=DescribeLoadBalancers&Version=1999-01-01", "InvalidAction",
                "Action=DescribeLoadBalancers", "MissingParameter",
                "Action=DescribeLoadBalancers&Version=2015-12-01&PageSize=lots", "ValidationError",
                "Action=DescribeLoadBalancers&Version=2015-12-01&Marker=not-a-marker", "ValidationError");

        for (var refusal : refusals.entrySet()) {
            HttpResponse<String> answer = postForm(refusal.getKey());
            assertThat(answer.statusCode()).as(refusal.getKey()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/xml");
            assertThat(answer.body()).as(refusal.getKey())
                    .startsWith("<ErrorResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\">"
                            + "<Error><Type>Sender</Type><Code>" + refusal.getValue() + "</Code>")
                    .contains("<RequestId>");
        }
        assertThat(simulator.elb().describeLoadBalancers(List.of(), List.of())).isEmpty();
    }

    @Test
    void iamAnswersInItsNamespaceWithUrlEncodedTrustPoliciesAndItsModelsStatuses() throws Exception {
        HttpResponse<String> role = WireClients.postForm(endpoint.port(), "iam",
                "Action=GetRole&Version=2010-05-08&RoleName=ecsTaskExecutionRole");
        HttpResponse<String> missing = WireClients.postForm(endpoint.port(), "iam",
                "Action=GetRole&Version=2010-05-08&RoleName=missing");
        HttpResponse<String> again = WireClients.postForm(endpoint.port(), "iam",
                "Action=CreateRole&Version=2010-05-08&RoleName=ecsInstanceRole&AssumeRolePolicyDocument=%7B%7D");

        assertThat(role.statusCode()).isEqualTo(200);
        assertThat(role.body()).startsWith("<GetRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                + "<GetRoleResult><Role><Path>/</Path><RoleName>ecsTaskExecutionRole</RoleName>")
                .contains("<AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%2C");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<Code>NoSuchEntity</Code><Message>The role with name missing cannot be "
                + "found.</Message>");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("<Code>EntityAlreadyExists</Code>");
    }

    @Test
    void ec2AnswersInItsOwnShapeWithItemsAndARequestIdInsideAndErrorsInItsResponseShape() throws Exception {
        DemoWorld.createEksCluster(simulator.eks(), simulator.settings().accountId());
        simulator.advanceBy(Duration.ofMinutes(10));
        DemoWorld.createNodegroup(simulator.eks(), simulator.settings().accountId());
        simulator.advanceBy(Duration.ofMinutes(4));
        String node = simulator.eks().listNodes(DemoWorld.EKS_CLUSTER, DemoWorld.NODEGROUP).get(0).instanceId();

        HttpResponse<String> instances = WireClients.postForm(endpoint.port(), "ec2", "Action=DescribeInstances"
                + "&Version=2016-11-15&Filter.1.Name=tag%3Aeks%3Acluster-name&Filter.1.Value.1=DemoEKS&MaxResults=5");
        HttpResponse<String> badFilter = WireClients.postForm(endpoint.port(), "ec2",
                "Action=DescribeInstances&Version=2016-11-15&Filter.1.Name=colour&Filter.1.Value.1=blue");
        HttpResponse<String> missing = WireClients.postForm(endpoint.port(), "ec2",
                "Action=DescribeInstances&Version=2016-11-15&InstanceId.1=" + node + "&InstanceId.2=i-0missing");

        assertThat(instances.statusCode()).isEqualTo(200);
        assertThat(instances.body()).startsWith("<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/"
                        + "2016-11-15/\"><requestId>")
                .contains("</requestId><reservationSet><item><reservationId>r-" + node.substring(2)
                        + "</reservationId><ownerId>123456789012</ownerId><groupSet></groupSet><instancesSet><item>"
                        + "<instanceId>" + node + "</instanceId><instanceState><code>16</code><name>running</name>"
                        + "</instanceState><privateDnsName>ip-")
                .contains("<tagSet><item><key>eks:cluster-name</key><value>DemoEKS</value></item>")
                .endsWith("</reservationSet></DescribeInstancesResponse>");
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(badFilter.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error>"
                + "<Code>InvalidParameterValue</Code><Message>The filter 'colour' is invalid</Message></Error>"
                + "</Errors><RequestID>").endsWith("</RequestID></Response>");
        assertThat(missing.body()).contains("<Code>InvalidInstanceID.NotFound</Code><Message>The instance ID "
                + "'i-0missing' does not exist</Message>");
        // The SDK's URL-connection client drops a 401's body (HttpURLConnection refuses to read it in streaming
        // mode), so the refusal is read raw.
        HttpResponse<String> refused = WireClients.postForm(endpoint.port(), "ec2", "wrong",
                "Action=DescribeInstances&Version=2016-11-15");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("<Code>AuthFailure</Code><Message>AWS was not able to validate the "
                + "provided access credentials</Message>");
    }

    private HttpResponse<String> postForm(String form) throws IOException, InterruptedException {
        return WireClients.postForm(endpoint.port(), "elasticloadbalancing", form);
    }
}
