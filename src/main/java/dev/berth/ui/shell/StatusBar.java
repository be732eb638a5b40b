package dev.berth.ui.shell;

import atlantafx.base.theme.Styles;
import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.settings.ThemeChoice;
import dev.berth.ui.common.TimeText;
import dev.berth.ui.theme.BerthStyles;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.time.Duration;
import java.time.Instant;

/**
 * The bottom bar: the backend, the simulation clock and its controls (only for the simulator), the time of the
 * last refresh, a refresh button and the theme toggle.
 */
final class StatusBar extends HBox {
    /** The scheduler reconciles every 15 simulated seconds, so that is the smallest useful step. */
    static final Duration SMALL_STEP = Duration.ofSeconds(15);

    StatusBar(ShellViewModel viewModel, ObservableValue<Instant> refreshedAt, Runnable refresh, Runnable stepped) {
        getStyleClass().add(BerthStyles.STATUS_BAR);
        setId("status-bar");

        Label backend = new Label("", new FontIcon(MaterialDesignS.SERVER_NETWORK));
        backend.textProperty().bind(viewModel.backendNameProperty());
        backend.setId("status-backend");
        getChildren().add(backend);

        if (viewModel.hasClock()) {
            getChildren().add(new Separator(Orientation.VERTICAL));
            addClock(viewModel, stepped);
        }

        Label notice = new Label();
        notice.setId("status-notice");
        notice.getStyleClass().add(Styles.DANGER);
        notice.textProperty().bind(viewModel.noticeProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label lastRefresh = new Label();
        lastRefresh.setId("status-last-refresh");
        lastRefresh.textProperty().bind(refreshedAt.map(time -> "Refreshed " + TimeText.time(time))
                .orElse("Not refreshed yet"));

        Button refreshButton = iconButton("refresh-button", MaterialDesignR.REFRESH, "Refresh now (F5)");
        refreshButton.setOnAction(event -> refresh.run());

        Button theme = iconButton("theme-toggle", MaterialDesignW.WEATHER_NIGHT, "Switch light / dark theme");
        theme.graphicProperty().bind(viewModel.themeProperty().map(choice -> new FontIcon(
                choice == ThemeChoice.DARK ? MaterialDesignW.WHITE_BALANCE_SUNNY : MaterialDesignW.WEATHER_NIGHT)));
        theme.setOnAction(event -> viewModel.toggleTheme());

        getChildren().addAll(notice, spacer, lastRefresh, refreshButton, theme);
    }

    private void addClock(ShellViewModel viewModel, Runnable stepped) {
        Label clock = new Label();
        clock.setId("status-clock");
        clock.getStyleClass().add(BerthStyles.CLOCK);
        clock.setGraphic(new FontIcon(MaterialDesignC.CLOCK_OUTLINE));
        clock.textProperty().bind(viewModel.clockTextProperty());
        clock.setTooltip(new Tooltip("Simulated time"));

        Button playPause = iconButton("clock-play-pause", MaterialDesignP.PLAY, "Play / pause simulated time");
        playPause.graphicProperty().bind(viewModel.clockRunningProperty().map(running -> new FontIcon(
                running ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY)));
        playPause.setOnAction(event -> viewModel.togglePlay());

        ChoiceBox<ClockSpeed> speed = new ChoiceBox<>(FXCollections.observableArrayList(ClockSpeed.values()));
        speed.setId("clock-speed");
        speed.setPrefWidth(72);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClockSpeed value) {
                return value == null ? "" : value.label();
            }

            @Override
            public ClockSpeed fromString(String text) {
                throw new UnsupportedOperationException("The speed is only chosen from the list");
            }
        });
        speed.valueProperty().bindBidirectional(viewModel.speedProperty());
        speed.setTooltip(new Tooltip("Simulated seconds per real second"));

        SplitMenuButton step = new SplitMenuButton(
                stepItem(viewModel, Duration.ofMinutes(1), "+1 min", stepped),
                stepItem(viewModel, Duration.ofMinutes(5), "+5 min", stepped),
                stepItem(viewModel, Duration.ofMinutes(15), "+15 min", stepped),
                stepItem(viewModel, Duration.ofHours(1), "+1 h", stepped));
        step.setId("clock-step");
        step.setText("+15 s");
        step.setGraphic(new FontIcon(MaterialDesignS.SKIP_NEXT));
        step.getStyleClass().add(Styles.SMALL);
        step.setTooltip(new Tooltip("Advance simulated time"));
        step.setOnAction(event -> viewModel.step(SMALL_STEP, stepped));

        getChildren().addAll(clock, playPause, speed, step);
    }

    private static MenuItem stepItem(ShellViewModel viewModel, Duration amount, String text, Runnable stepped) {
        MenuItem item = new MenuItem(text);
        item.setId("clock-step-" + amount.toSeconds());
        item.setOnAction(event -> viewModel.step(amount, stepped));
        return item;
    }

    private static Button iconButton(String id, Ikon icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
