package dev.berth.ui.taskdefs;

import dev.berth.core.model.RegisterTaskDefinitionRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskDefinitionJsonTest {
    private final TaskDefinitionJson json = new TaskDefinitionJson();

    @Test
    void readsRegisterInputAndDescribeOutputAlike() throws JsonProblem {
        String input = "{\"family\": \"web\", \"cpu\": 256, \"containerDefinitions\": [{\"name\": \"web\", "
                + "\"image\": \"nginx\", \"portMappings\": [{\"containerPort\": 80}]}]}";
        String described = "{\"taskDefinition\": {\"taskDefinitionArn\": \"arn:aws:ecs:us-east-1:1:task-definition/"
                + "web:3\", \"revision\": 3, \"status\": \"ACTIVE\", \"family\": \"web\", \"cpu\": \"256\", "
                + "\"containerDefinitions\": [{\"name\": \"web\", \"image\": \"nginx\", \"portMappings\": "
                + "[{\"containerPort\": 80}]}]}}";

        RegisterTaskDefinitionRequest fromInput = json.read(input);
        RegisterTaskDefinitionRequest fromDescribe = json.read(described);

        assertThat(fromInput).isEqualTo(fromDescribe);
        assertThat(fromInput.cpu()).isEqualTo("256");
        assertThat(fromInput.containerDefinitions().get(0).isEssential()).isTrue();
    }

    @Test
    void anUnknownMemberIsNamedWithItsPlace() {
        String text = "{\n  \"family\": \"web\",\n  \"containerDefinitions\": [\n    {\"name\": \"web\", \"imag\": \"x\"}\n  ]\n}";

        assertThatThrownBy(() -> json.read(text))
                .isInstanceOf(JsonProblem.class)
                .satisfies(problem -> {
                    JsonProblem p = (JsonProblem) problem;
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.describe()).startsWith("Line 4, column")
                            .contains("Unknown member 'imag' at containerDefinitions[0].imag");
                });
    }

    @Test
    void aWrongKindOfValueSaysWhere() {
        assertThatThrownBy(() -> json.read("{\"family\": \"web\", \"containerDefinitions\": {\"name\": \"web\"}}"))
                .isInstanceOf(JsonProblem.class)
                .hasMessageStartingWith("Wrong kind of value at containerDefinitions");
    }

    @Test
    void emptyTextAsksForJson() {
        assertThatThrownBy(() -> json.read("  ")).hasMessage("Enter the task definition as JSON.");
    }

    @Test
    void writtenRequestsReadBack() throws JsonProblem {
        RegisterTaskDefinitionRequest request = new TaskDefinitionForm().toRequest();

        assertThat(json.read(json.write(request))).isEqualTo(request);
        assertThat(json.write(request)).doesNotContain("taskRoleArn");
    }
}
