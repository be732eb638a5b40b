package dev.berth.ui.shell;

import dev.berth.ui.testing.FakeClock;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.FakeLocalEndpoint;
import dev.berth.ui.testing.TestWindow;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's "Serve as endpoint" toggle, clicked as a user clicks it. */
@ExtendWith(ApplicationExtension.class)
class EndpointToggleGuiTest {
    @TempDir
    Path settings;
    private final FakeLocalEndpoint endpoint = new FakeLocalEndpoint();

    @Start
    void start(Stage stage) {
        FakeGateway gateway = new FakeGateway(new FakeClock());
        gateway.serveWith(endpoint);
        TestWindow.open(stage, gateway, settings);
    }

    @Test
    void clickingServesTheWorldAndClickingAgainStops(FxRobot robot) {
        robot.clickOn("#status-endpoint");
        assertThat(endpoint.running()).contains(URI.create("http://127.0.0.1:4566"));
        assertThat(toggle(robot).isSelected()).isTrue();
        assertThat(toggle(robot).getText()).isEqualTo("Serving http://127.0.0.1:4566");

        robot.clickOn("#status-endpoint");
        assertThat(endpoint.running()).isEmpty();
        assertThat(toggle(robot).isSelected()).isFalse();
        assertThat(toggle(robot).getText()).isEqualTo("Serve as endpoint");
    }

    @Test
    void aTakenPortLeavesTheToggleOffAndSaysWhy(FxRobot robot) {
        endpoint.takePort();
        robot.clickOn("#status-endpoint");
        assertThat(endpoint.running()).isEmpty();
        assertThat(toggle(robot).isSelected()).isFalse();
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText()).contains("4566", "not free");
    }

    private static ToggleButton toggle(FxRobot robot) {
        return robot.lookup("#status-endpoint").queryAs(ToggleButton.class);
    }
}
