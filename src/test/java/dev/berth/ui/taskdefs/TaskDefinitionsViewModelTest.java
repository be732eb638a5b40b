package dev.berth.ui.taskdefs;

import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.testing.DemoData;
import dev.berth.ui.testing.FakeEcs;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.RecordingOutcome;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class TaskDefinitionsViewModelTest {
    private final FakeGateway gateway = new FakeGateway();
    private final FakeEcs ecs = gateway.fakeEcs();
    private final TaskDefinitionsViewModel viewModel = new TaskDefinitionsViewModel(gateway,
            new DirectBackgroundTasks(), Clock.systemUTC());

    @Test
    void listsFamiliesThenTheNewestRevisionWithItsJson() {
        ecs.registerTaskDefinition(DemoData.webTaskDefinition("nginx:1.25"));
        ecs.registerTaskDefinition(DemoData.webTaskDefinition("nginx:1.27"));
        ecs.registerTaskDefinition(DemoData.fargateTaskDefinition("worker", "busybox"));

        viewModel.refresh();

        assertThat(viewModel.families().visible()).extracting(FamilyRow::id).containsExactly("web", "worker");
        assertThat(viewModel.selectedFamilyProperty().get()).isEqualTo("web");
        assertThat(viewModel.revisions().visible()).extracting(row -> row.nameProperty().get())
                .containsExactly("web:2", "web:1");
        assertThat(viewModel.jsonProperty().get()).contains("\"image\" : \"nginx:1.27\"")
                .contains("\"revision\" : 2");
    }

    @Test
    void choosingAnotherFamilyListsItsRevisions() {
        ecs.registerTaskDefinition(DemoData.webTaskDefinition("nginx:1.25"));
        ecs.registerTaskDefinition(DemoData.fargateTaskDefinition("web-api", "api:1"));
        viewModel.refresh();

        viewModel.selectedFamilyProperty().set("web-api");

        assertThat(viewModel.revisions().visible()).extracting(row -> row.nameProperty().get())
                .containsExactly("web-api:1");
        assertThat(viewModel.jsonProperty().get()).contains("api:1");
    }

    @Test
    void theDiffComparesTheSelectedRevisionWithThePreviousOne() {
        ecs.registerTaskDefinition(DemoData.webTaskDefinition("nginx:1.25"));
        ecs.registerTaskDefinition(DemoData.webTaskDefinition("nginx:1.27"));

        viewModel.refresh();

        assertThat(viewModel.diffLeftProperty().get()).isEqualTo("web:1");
        assertThat(viewModel.diffRightProperty().get()).isEqualTo("web:2");
        assertThat(viewModel.diff()).filteredOn(row -> row.kind() == LineDiff.Kind.CHANGED)
                .extracting(LineDiff.Row::right)
                .anyMatch(line -> line.contains("nginx:1.27"))
                .anyMatch(line -> line.contains("\"revision\" : 2"));
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumnAndNothingIsRegistered() {
        int callsBefore = ecs.calls();

        FieldErrors errors = viewModel.registerJson("{\n  \"family\": \"web\",\n  \"cpu\": 256,,\n}",
                new RecordingOutcome());

        assertThat(errors.get(TaskDefinitionsViewModel.JSON)).startsWith("Line 3, column 14: Unexpected character");
        assertThat(ecs.calls()).isEqualTo(callsBefore);
    }

    @Test
    void invalidCpuAndMemoryInJsonAreNamed() {
        String json = "{\"family\": \"web\", \"networkMode\": \"awsvpc\", \"requiresCompatibilities\": [\"FARGATE\"],"
                + " \"cpu\": \"300\", \"memory\": \"512\", \"containerDefinitions\": [{\"name\": \"web\","
                + " \"image\": \"nginx\"}]}";

        FieldErrors errors = viewModel.registerJson(json, new RecordingOutcome());

        assertThat(errors.get(TaskDefinitionsViewModel.JSON))
                .isEqualTo("cpu: Fargate takes CPU 256, 512, 1024, 2048, 4096, 8192, 16384.");
    }

    @Test
    void registeringFromJsonShowsTheNewRevision() {
        ecs.registerTaskDefinition(DemoData.webTaskDefinition("nginx:1.25"));
        viewModel.refresh();
        String edited = viewModel.jsonProperty().get().replace("nginx:1.25", "nginx:1.29");
        RecordingOutcome outcome = new RecordingOutcome();

        FieldErrors errors = viewModel.registerJson(edited, outcome);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(outcome.hasSucceeded()).isTrue();
        assertThat(viewModel.revisions().visible()).extracting(row -> row.nameProperty().get())
                .containsExactly("web:2", "web:1");
        assertThat(viewModel.shownProperty().get().revision()).isEqualTo(2);
        assertThat(viewModel.jsonProperty().get()).contains("nginx:1.29");
    }

    @Test
    void theFormReportsEachMistakeAtItsField() {
        TaskDefinitionForm form = new TaskDefinitionForm();
        form.familyProperty().set("web");
        form.memoryProperty().set("4096");
        form.containerPortProperty().set("http");

        FieldErrors errors = viewModel.register(form, new RecordingOutcome());

        assertThat(errors.get(TaskDefinitionRules.MEMORY))
                .isEqualTo("With CPU 256, Fargate takes memory 512, 1024 or 2048 MiB.");
        assertThat(errors.get(TaskDefinitionForm.CONTAINER_NAME)).isEqualTo("Enter a container name.");
        assertThat(errors.get(TaskDefinitionForm.IMAGE)).startsWith("Enter the image");
        assertThat(errors.get(TaskDefinitionForm.CONTAINER_PORT)).isEqualTo("Enter a whole number from 1 to 65535.");
    }

    @Test
    void aNewRevisionFromTheFormStartsFromTheShownOne() {
        ecs.registerTaskDefinition(DemoData.webTaskDefinition("nginx:1.25"));
        viewModel.refresh();
        TaskDefinitionForm form = viewModel.newForm();
        form.imageProperty().set("nginx:1.27");
        RecordingOutcome outcome = new RecordingOutcome();

        assertThat(viewModel.register(form, outcome).isEmpty()).isTrue();

        assertThat(outcome.hasSucceeded()).isTrue();
        assertThat(viewModel.shownProperty().get().familyRevision()).isEqualTo("web:2");
        assertThat(viewModel.shownProperty().get().containerDefinitions().get(0).portMappings().get(0).containerPort())
                .isEqualTo(80);
    }

    @Test
    void deregisteringMarksTheRevisionInactive() {
        ecs.registerTaskDefinition(DemoData.webTaskDefinition("nginx:1.25"));
        viewModel.refresh();
        RecordingOutcome outcome = new RecordingOutcome();

        viewModel.deregister("web:1", outcome);

        assertThat(outcome.hasSucceeded()).isTrue();
        assertThat(viewModel.revisions().visible().get(0).statusProperty().get()).isEqualTo("INACTIVE");
        assertThat(viewModel.shownProperty().get().status()).isEqualTo("INACTIVE");
    }

    @Test
    void anEfsVolumeFromTheFormIsEncryptedInTransitWhenTickedAndTheNextRevisionKeepsIt() {
        ecs.registerTaskDefinition(DemoData.webTaskDefinition("nginx:1.25"));
        viewModel.refresh();
        TaskDefinitionForm form = viewModel.newForm();
        form.fileSystemIdProperty().set("fs-0123456789abcdef0");
        form.mountPathProperty().set("/usr/share/nginx/html");
        form.transitEncryptionProperty().set(true);

        assertThat(viewModel.register(form, new RecordingOutcome()).isEmpty()).isTrue();

        assertThat(viewModel.shownProperty().get().volumes().get(0).efsVolumeConfiguration().transitEncryption())
                .isEqualTo("ENABLED");
        assertThat(viewModel.newForm().transitEncryptionProperty().get()).isTrue();
    }
}
