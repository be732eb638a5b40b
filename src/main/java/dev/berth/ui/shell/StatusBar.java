package dev.berth.ui.shell;

import atlantafx.base.theme.Styles;
import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.gateway.LocalEndpoint;
import dev.berth.core.settings.ThemeChoice;
import dev.berth.ui.common.TimeText;
import dev.berth.ui.theme.BerthStyles;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The bottom bar: the backend (a button that opens the connection picker), the simulation clock and its controls
 * (only while a simulator is open), for real AWS the account and region on a badge coloured per profile, the
 * read-only lock and the API calls of the last refresh; the time of the last refresh, a refresh button and the
 * theme toggle.
 */
final class StatusBar extends HBox {
    /** The scheduler reconciles every 15 simulated seconds, so that is the smallest useful step. */
    static final Duration SMALL_STEP = Duration.ofSeconds(15);

    StatusBar(ShellViewModel viewModel, ObservableValue<Instant> refreshedAt, Runnable refresh, Runnable stepped,
              Runnable connect) {
        getStyleClass().add(BerthStyles.STATUS_BAR);
        setId("status-bar");

        Button backend = new Button("", new FontIcon(MaterialDesignS.SERVER_NETWORK));
        backend.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        backend.textProperty().bind(viewModel.backendNameProperty());
        backend.setId("status-backend");
        backend.setTooltip(new Tooltip("Connect to another simulator world or AWS profile"));
        if (connect == null) {
            backend.setDisable(true);
        } else {
            backend.setOnAction(event -> connect.run());
        }
        getChildren().add(backend);

        HBox clockControls = new HBox(6, new Separator(Orientation.VERTICAL));
        clockControls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        addClock(clockControls, viewModel, stepped);
        showWhile(clockControls, viewModel.hasClockProperty());
        getChildren().addAll(clockControls, endpointToggle(viewModel), accountControls(viewModel));

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
        lastRefresh.setMinWidth(Region.USE_PREF_SIZE);

        Button refreshButton = iconButton("refresh-button", MaterialDesignR.REFRESH, "Refresh now (F5)");
        refreshButton.setOnAction(event -> refresh.run());

        Button theme = iconButton("theme-toggle", MaterialDesignW.WEATHER_NIGHT, "Switch light / dark theme");
        theme.graphicProperty().bind(viewModel.themeProperty().map(choice -> new FontIcon(
                choice == ThemeChoice.DARK ? MaterialDesignW.WHITE_BALANCE_SUNNY : MaterialDesignW.WEATHER_NIGHT)));
        theme.setOnAction(event -> viewModel.toggleTheme());

        getChildren().addAll(notice, spacer, lastRefresh, refreshButton, theme);
    }

    /** Serves the shown world to the AWS CLI and SDKs while the user watches it here. */
    private static Node endpointToggle(ShellViewModel viewModel) {
        ToggleButton serve = new ToggleButton();
        serve.setId("status-endpoint");
        serve.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        serve.setGraphic(new FontIcon(MaterialDesignL.LAN_CONNECT));
        serve.textProperty().bind(viewModel.servingAtProperty().map(url -> "Serving " + url)
                .orElse("Serve as endpoint"));
        // Not bound: a click sets a toggle's selection itself (a bound one threw and never acted). It shows whether
        // the world is served, which changes only once the endpoint has started or stopped in the background.
        Runnable showServed = () -> serve.setSelected(viewModel.servingAtProperty().get() != null);
        showServed.run();
        viewModel.servingAtProperty().addListener(observable -> showServed.run());
        serve.setTooltip(new Tooltip("Serve this world on http://127.0.0.1:" + LocalEndpoint.DEFAULT_PORT
                + " for the AWS CLI and SDKs (--endpoint-url, key and secret 'test'); click again to stop"));
        serve.setOnAction(event -> {
            showServed.run();
            viewModel.toggleEndpoint();
        });
        showWhile(serve, viewModel.canServeProperty());
        return serve;
    }

    private static Node accountControls(ShellViewModel viewModel) {
        Label account = new Label();
        account.setId("status-account");
        account.getStyleClass().add(BerthStyles.ACCOUNT);
        account.textProperty().bind(viewModel.accountTextProperty().orElse("Account …"));
        viewModel.accountColourProperty().addListener((observable, old, colour) -> {
            account.getStyleClass().remove(old);
            if (colour != null) {
                account.getStyleClass().add(colour);
            }
        });
        if (viewModel.accountColourProperty().get() != null) {
            account.getStyleClass().add(viewModel.accountColourProperty().get());
        }

        ToggleButton writes = new ToggleButton();
        writes.setId("status-writes");
        writes.getStyleClass().addAll(Styles.SMALL);
        writes.setSelected(!viewModel.writeLock().isLocked());
        viewModel.writeLock().lockedProperty().addListener((observable, old, locked) -> writes.setSelected(!locked));
        writes.textProperty().bind(viewModel.writeLock().lockedProperty().map(locked -> locked ? "Read-only"
                : "Writes on"));
        writes.graphicProperty().bind(viewModel.writeLock().lockedProperty().map(locked -> new FontIcon(
                locked ? MaterialDesignL.LOCK_OUTLINE : MaterialDesignL.LOCK_OPEN_VARIANT_OUTLINE)));
        writes.setTooltip(new Tooltip("Changes to this AWS account are off until you turn them on for this profile"));
        writes.setOnAction(event -> {
            boolean wanted = writes.isSelected();
            writes.setSelected(!wanted);
            if (!wanted || confirmWrites(writes, viewModel)) {
                viewModel.allowWrites(wanted);
            }
        });

        Label calls = new Label();
        calls.setId("status-calls");
        calls.setGraphic(new FontIcon(MaterialDesignA.API));
        calls.textProperty().bind(viewModel.callsTextProperty());
        Tooltip detail = new Tooltip();
        detail.textProperty().bind(viewModel.callsDetailProperty());
        detail.setShowDelay(javafx.util.Duration.millis(200));
        calls.setTooltip(detail);

        HBox controls = new HBox(6, new Separator(Orientation.VERTICAL), account, writes, calls);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        showWhile(controls, viewModel.writeLock().liveProperty());
        return controls;
    }

    private static boolean confirmWrites(Node owner, ShellViewModel viewModel) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Berth will be able to create, change and delete "
                + "resources in " + viewModel.accountTextProperty().getValueSafe() + " with " 
                + viewModel.backendNameProperty().get() + ". Deletes and scaling to zero still ask for the name.",
                ButtonType.CANCEL, ButtonType.OK);
        alert.setHeaderText("Turn on writes for this profile?");
        alert.initOwner(owner.getScene().getWindow());
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private static void showWhile(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static void addClock(HBox box, ShellViewModel viewModel, Runnable stepped) {
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

        // The time and its controls keep their size in a narrow window; the backend's name gives way first.
        for (Control control : List.of(clock, speed, step)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        box.getChildren().addAll(clock, playPause, speed, step);
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
