package dev.berth.ui.clusters;

import dev.berth.core.model.Cluster;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.ui.handles.ClusterTableHandle;
import dev.berth.ui.handles.DialogHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.testing.DemoData;
import dev.berth.ui.testing.FakeEcs;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.TestWindow;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ClustersGuiTest {
    @TempDir
    Path settings;
    private final FakeGateway gateway = new FakeGateway();
    private final FakeEcs ecs = gateway.fakeEcs();

    @Start
    void start(Stage stage) {
        ecs.createCluster(CreateClusterRequest.named("production"));
        ecs.createCluster(CreateClusterRequest.named("staging"));
        TestWindow.open(stage, gateway, settings);
    }

    @Test
    void textCellsCarryTheirWholeTextAsATooltipAndFillerRowsNone(FxRobot robot) {
        List<TableCell<?, ?>> cells = List.copyOf(robot.lookup("#clusters-table .table-cell")
                .<TableCell<?, ?>>queryAll());

        assertThat(cells).filteredOn(cell -> "staging".equals(cell.getText()))
                .singleElement().satisfies(cell -> assertThat(cell.getTooltip().getText()).isEqualTo("staging"));
        assertThat(cells).filteredOn(TableCell::isEmpty).isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.getTooltip()).isNull());
    }

    @Test
    void creatingAClusterShowsItInTheTable(FxRobot robot) {
        ClusterTableHandle clusters = new ClusterTableHandle(robot);

        clusters.create("batch");

        assertThat(new DialogHandle(robot).isOpen()).isFalse();
        assertThat(clusters.names()).contains("batch");
        assertThat(clusters.row("batch").statusProperty().get()).isEqualTo("ACTIVE");
    }

    @Test
    void anInvalidNameIsShownNextToTheFieldAndNothingIsCreated(FxRobot robot) {
        ClusterTableHandle clusters = new ClusterTableHandle(robot);

        DialogHandle dialog = clusters.startCreate("bad name!");
        dialog.submit();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.errorAt("cluster-name")).hasValue(
                "A cluster name has 1–255 letters, digits, hyphens (-) and underscores (_) only.");
        dialog.cancel();
        assertThat(clusters.names()).containsExactly("production", "staging");
    }

    @Test
    void deletingNeedsTheNameTypedAndAFailureKeepsTheDialogOpen(FxRobot robot) {
        ecs.registerTaskDefinition(DemoData.webTaskDefinition("nginx"));
        ecs.createService(new CreateServiceRequest("production", "web", "web", 1, "FARGATE", null, null, null, null,
                null, null));
        ClusterTableHandle clusters = new ClusterTableHandle(robot);

        DialogHandle dialog = clusters.startDelete("production", "producti");
        assertThat(dialog.canSubmit()).isFalse();
        dialog.type("confirm-input", "production");
        assertThat(dialog.canSubmit()).isTrue();
        dialog.submit();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.error()).hasValue(
                "Cluster 'production' still has active services. Delete them first, then delete the cluster.");
        dialog.cancel();
        assertThat(clusters.names()).contains("production");
    }

    @Test
    void deletingAnEmptyClusterRemovesIt(FxRobot robot) {
        ClusterTableHandle clusters = new ClusterTableHandle(robot);

        clusters.startDelete("staging", "staging").submit();

        assertThat(clusters.names()).containsExactly("production");
    }

    @Test
    void selectionAndRowSurviveARefreshThatReordersTheTable(FxRobot robot) {
        ClusterTableHandle clusters = new ClusterTableHandle(robot);
        clusters.table().sortBy("Running tasks");
        clusters.select("production");
        ClusterRow selected = clusters.table().selected();

        ecs.putCluster(new Cluster(FakeEcs.clusterArn("production"), "production", "ACTIVE", 0, 7, 0, 0,
                List.of("FARGATE"), List.of(), List.of()));
        new MainWindowHandle(robot).pressRefreshKey();

        assertThat(clusters.names()).containsExactly("staging", "production");
        assertThat(clusters.table().selected()).isSameAs(selected);
        assertThat(selected.runningTasksProperty().get()).isEqualTo(7);
    }

    @Test
    void theFilterNarrowsTheTable(FxRobot robot) {
        ClusterTableHandle clusters = new ClusterTableHandle(robot);

        clusters.table().filter("stag");

        assertThat(clusters.names()).containsExactly("staging");
    }

    @Test
    void copyArnPutsTheArnOnTheClipboard(FxRobot robot) {
        ClusterTableHandle clusters = new ClusterTableHandle(robot);
        clusters.select("staging");

        robot.clickOn("#clusters-copy-arn");

        assertThat(readClipboard(robot)).isEqualTo(FakeEcs.clusterArn("staging"));
    }

    @Test
    void enterOpensTheDetailsOfTheSelectedRow(FxRobot robot) {
        ClusterTableHandle clusters = new ClusterTableHandle(robot);
        clusters.select("staging");

        clusters.table().press(KeyCode.ENTER);

        Node details = robot.lookup("#clusters-tabs").query();
        assertThat(details.isFocused()).isTrue();
        assertThat(robot.lookup("#clusters-details .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains(FakeEcs.clusterArn("staging"));
    }

    private static String readClipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
