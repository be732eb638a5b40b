package dev.berth.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Open in AWS console" hands the page to the window's browser, and copies the link whether or not there is one. */
@ExtendWith(ApplicationExtension.class)
class ConsoleLinkButtonGuiTest {
    private static final String SERVICE = "arn:aws:ecs:eu-west-1:123456789012:service/prod/web";
    private static final String PAGE = "https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/prod/services/web/"
            + "health?region=eu-west-1";

    private final StringProperty arn = new SimpleStringProperty();
    private final List<String> opened = new ArrayList<>();
    private ConsoleLinkButton button;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The stage is shared by the tests: each starts without a browser.
        stage.getProperties().remove(Browser.KEY);
        button = new ConsoleLinkButton("console", arn);
        stage.setScene(new Scene(new StackPane(button), 200, 100));
        stage.show();
    }

    @Test
    void theConsolePageOpensInTheWindowsBrowserAndIsCopied(FxRobot robot) {
        robot.interact(() -> {
            stage.getProperties().put(Browser.KEY, (Browser) url -> opened.add(url));
            arn.set(SERVICE);
        });

        robot.clickOn("#console");

        assertThat(opened).containsExactly(PAGE);
        assertThat(clipboard(robot)).isEqualTo(PAGE);
        assertThat(button.noteProperty().get()).isEqualTo(ConsoleLinkButton.OPENED);
    }

    @Test
    void withoutABrowserTheLinkIsCopiedAndTheNoteSaysSo(FxRobot robot) {
        robot.interact(() -> arn.set(SERVICE));

        robot.clickOn("#console");

        assertThat(clipboard(robot)).isEqualTo(PAGE);
        assertThat(button.noteProperty().get()).isEqualTo(ConsoleLinkButton.COPIED).contains("clipboard");
    }

    @Test
    void aBrowserThatCannotOpenFallsBackToTheCopy() {
        List<String> copied = new ArrayList<>();

        String note = ConsoleLinkButton.open(PAGE, url -> false, copied::add);

        assertThat(copied).containsExactly(PAGE);
        assertThat(note).isEqualTo(ConsoleLinkButton.COPIED);
    }

    @Test
    void nothingSelectedLeavesTheButtonDisabled(FxRobot robot) {
        assertThat(button.isDisabled()).isTrue();
        robot.interact(() -> arn.set("arn:aws:iam::123456789012:role/ecsTaskExecutionRole"));
        assertThat(button.isDisabled()).as("no console page for this ARN").isTrue();
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
