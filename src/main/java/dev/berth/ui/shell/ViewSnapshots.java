package dev.berth.ui.shell;

import dev.berth.ui.common.PngWriter;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pictures of every area, for {@code --snapshot DIR} and for looking at the UI without a screen. Call on the FX
 * thread with a window built on {@link dev.berth.ui.common.DirectBackgroundTasks}, so each area has read its data
 * before its picture is taken.
 */
public final class ViewSnapshots {

    private ViewSnapshots() {
    }

    /** Writes {@code clusters.png}, {@code services.png}, ... into {@code directory}; returns the files. */
    public static List<Path> writeAll(MainWindow window, Path directory) throws IOException {
        Files.createDirectories(directory);
        Scene scene = window.scene();
        Area before = window.currentArea();
        List<Path> written = new ArrayList<>();
        for (Area area : Area.values()) {
            window.switchTo(area);
            window.refreshNow();
            selectFirstRow(scene);
            Path file = directory.resolve(area.key() + ".png");
            write(scene, file);
            written.add(file);
            if (area == Area.CLUSTERS) {
                written.add(writeScheduledTasks(scene, directory));
            }
            if ("taskdefs".equals(area.key()) && scene.lookup("#taskdefs-tabs") instanceof TabPane tabs) {
                written.add(writeRolesAndVolumes(scene, tabs, directory));
            }
        }
        window.switchTo(before);
        return written;
    }

    /** The clusters area's second details tab: the selected cluster's scheduled tasks (EventBridge rules). */
    private static Path writeScheduledTasks(Scene scene, Path directory) throws IOException {
        TabPane tabs = (TabPane) scene.lookup("#clusters-tabs");
        tabs.getTabs().stream().filter(tab -> "Scheduled tasks".equals(tab.getText())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        Path file = directory.resolve("clusters-scheduled-tasks.png");
        write(scene, file);
        tabs.getSelectionModel().selectFirst();
        return file;
    }

    /** The task definitions area's "Roles and volumes" tab too, where a role's missing policy shows. */
    private static Path writeRolesAndVolumes(Scene scene, TabPane tabs, Path directory) throws IOException {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        tabs.getTabs().stream().filter(tab -> "Roles and volumes".equals(tab.getText())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        Path file = directory.resolve("taskdefs-roles.png");
        write(scene, file);
        tabs.getSelectionModel().select(shown);
        return file;
    }

    /** A picture with its details pane filled says more than one that says "select a row". */
    private static void selectFirstRow(Scene scene) {
        scene.getRoot().applyCss();
        for (Node node : scene.getRoot().lookupAll(".table-view")) {
            if (node instanceof TableView<?> table && node.isVisible() && !table.getItems().isEmpty()
                    && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
                return;
            }
        }
    }

    public static void write(Scene scene, Path file) throws IOException {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        PngWriter.write(image, file);
    }
}
