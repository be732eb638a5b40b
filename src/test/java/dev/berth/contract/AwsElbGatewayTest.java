package dev.berth.contract;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.sim.LoadBalancerFixture;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Elastic Load Balancing contract against the AWS SDK gateway, over HTTP (awsQuery, both API versions) to the
 * simulator's endpoint. One endpoint and one pair of SDK clients serve every test; each test's simulator is put
 * behind the endpoint.
 */
class AwsElbGatewayTest extends ElbGatewayContract {
    private static final AtomicReference<ElbGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("elb", LocalAws.forwardingTo(ElbGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected ElbGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.elb());
        return aws.gateway().elb();
    }

    @Test
    void describingFollowsNextMarkerUntilTheListIsWhole() {
        ElbGateway simulated = SIMULATOR.get();
        for (int i = 0; i < 401; i++) {
            simulated.createLoadBalancer(new CreateLoadBalancerRequest("alb-" + i, LoadBalancerFixture.SUBNETS,
                    List.of(), null, null, null, null));
        }
        long before = aws.gateway().apiCalls().orElseThrow().snapshot().of("DescribeLoadBalancers");

        List<ElbLoadBalancer> all = aws.gateway().elb().describeLoadBalancers(List.of(), List.of());

        assertThat(all).hasSize(401);
        assertThat(all.get(400).loadBalancerName()).isEqualTo("alb-400");
        assertThat(aws.gateway().apiCalls().orElseThrow().snapshot().of("DescribeLoadBalancers") - before)
                .as("two pages of at most 400").isEqualTo(2L);
    }
}
