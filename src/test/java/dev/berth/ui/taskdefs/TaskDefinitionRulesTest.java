package dev.berth.ui.taskdefs;

import dev.berth.core.model.TaskSize;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.ui.common.FieldErrors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaskDefinitionRulesTest {

    @ParameterizedTest
    @CsvSource({"256,512,true", "256,1536,false", "256,2048,true", "512,4096,true", "1024,1536,false",
            "4096,30720,true", "8192,20480,true", "8192,18432,false", "16384,122880,true", "300,512,false"})
    void fargatePairsFollowTheAwsTable(int cpu, int memory, boolean accepted) {
        assertThat(TaskSize.fargateAccepts(cpu, memory)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"256,256", "'0.25 vCPU',256", "'1 vCPU',1024", "'2vcpu',2048", "'1.3 vCPU',", "abc,"})
    void cpuIsReadAsAwsReadsIt(String text, Integer units) {
        assertThat(TaskSize.cpuUnits(text)).isEqualTo(units);
    }

    @ParameterizedTest
    @CsvSource({"512,512", "'1 GB',1024", "'2GB',2048", "'0.5 GB',512", "'3 TB',"})
    void memoryIsReadAsAwsReadsIt(String text, Integer mib) {
        assertThat(TaskSize.memoryMiB(text)).isEqualTo(mib);
    }

    @Test
    void fargateNeedsAwsvpc() {
        FieldErrors errors = TaskDefinitionRules.check(fargate("bridge", "256", "512", container("web", "nginx", 80, 8080)));

        assertThat(errors.get(TaskDefinitionRules.NETWORK_MODE)).isEqualTo("Fargate only supports network mode 'awsvpc'.");
    }

    @Test
    void awsvpcHostPortsMustMatch() {
        FieldErrors errors = TaskDefinitionRules.check(fargate("awsvpc", "256", "512", container("web", "nginx", 80, 8080)));

        assertThat(errors.get("containerDefinitions[0].portMappings")).contains("host port must be empty or equal");
    }

    @Test
    void ec2ContainersNeedMemoryWithoutATaskSize() {
        RegisterTaskDefinitionRequest request = new RegisterTaskDefinitionRequest("web", "bridge", List.of("EC2"),
                null, null, null, null, List.of(container("web", "nginx", 80, 0)), List.of());

        assertThat(TaskDefinitionRules.check(request).get("containerDefinitions[0].memory"))
                .contains("'memory' or 'memoryReservation'");
    }

    @Test
    void containerNamesAreUniqueAndOneIsEssential() {
        ContainerDefinition sidecar = new ContainerDefinition("web", "envoy", null, 128, null, false, List.of(),
                List.of(), List.of(), null);
        ContainerDefinition web = new ContainerDefinition("web", "nginx", null, 128, null, false, List.of(),
                List.of(), List.of(), null);
        FieldErrors errors = TaskDefinitionRules.check(new RegisterTaskDefinitionRequest("web", "bridge",
                List.of("EC2"), null, null, null, null, List.of(web, sidecar), List.of()));

        assertThat(errors.get("containerDefinitions[1].name")).isEqualTo("Another container is already named 'web'.");
        assertThat(errors.get(TaskDefinitionRules.CONTAINERS)).isEqualTo("At least one container must be essential.");
    }

    private static RegisterTaskDefinitionRequest fargate(String networkMode, String cpu, String memory,
                                                         ContainerDefinition container) {
        return new RegisterTaskDefinitionRequest("web", networkMode, List.of("FARGATE"), cpu, memory, null, null,
                List.of(container), List.of());
    }

    private static ContainerDefinition container(String name, String image, int port, int hostPort) {
        return new ContainerDefinition(name, image, null, null, null, true,
                List.of(new PortMapping(port, hostPort, "tcp")), List.of(), List.of(), null);
    }
}
