package dev.berth.ui.shell;

import dev.berth.core.gateway.ApiCalls;
import dev.berth.core.settings.SettingsFile;
import dev.berth.core.settings.ThemeChoice;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.common.TimeText;
import dev.berth.ui.testing.FakeClock;
import dev.berth.ui.testing.FakeGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ShellViewModelTest {
    @TempDir
    Path home;
    private final FakeClock clock = new FakeClock();

    @Test
    void theThemeAndAreaAreSavedAsTheyChange() {
        SettingsFile file = new SettingsFile(home.resolve("settings.json"));
        ShellViewModel viewModel = new ShellViewModel(new FakeGateway(clock), new DirectBackgroundTasks(), file);

        viewModel.toggleTheme();
        viewModel.areaProperty().set(Area.TASKS);

        assertThat(file.load().theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(file.load().lastArea()).isEqualTo("tasks");
        ShellViewModel reopened = new ShellViewModel(new FakeGateway(clock), new DirectBackgroundTasks(), file);
        assertThat(reopened.areaProperty().get()).isEqualTo(Area.TASKS);
        assertThat(reopened.themeProperty().get()).isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void settingsThatCannotBeSavedAreReportedNotThrown() throws IOException {
        Path notADirectory = Files.writeString(home.resolve("file"), "x");
        ShellViewModel viewModel = new ShellViewModel(new FakeGateway(clock), new DirectBackgroundTasks(),
                new SettingsFile(notADirectory.resolve("settings.json")));

        viewModel.toggleTheme();

        assertThat(viewModel.themeProperty().get()).isEqualTo(ThemeChoice.DARK);
        assertThat(viewModel.noticeProperty().get()).startsWith("Settings could not be saved");
    }

    @Test
    void theStatusBarCountsTheCallsOfTheLastRefresh() {
        FakeGateway gateway = new FakeGateway();
        ApiCalls calls = new ApiCalls();
        gateway.countCallsIn(calls);
        ShellViewModel viewModel = new ShellViewModel(gateway, new DirectBackgroundTasks(),
                new SettingsFile(home.resolve("settings.json")));

        calls.called("ListClusters");
        viewModel.markRefresh();
        assertThat(viewModel.callsTextProperty().get()).isEqualTo("1 call");
        calls.called("ListClusters");
        calls.called("DescribeClusters");
        viewModel.markRefresh();
        assertThat(viewModel.callsTextProperty().get()).isEqualTo("2 calls");
    }

    @Test
    void steppingAdvancesTheClockThenRefreshes() {
        ShellViewModel viewModel = new ShellViewModel(new FakeGateway(clock), new DirectBackgroundTasks(),
                new SettingsFile(home.resolve("settings.json")));
        AtomicInteger refreshes = new AtomicInteger();

        viewModel.step(Duration.ofMinutes(5), refreshes::incrementAndGet);

        assertThat(viewModel.clockTextProperty().get())
                .isEqualTo(TimeText.dateTime(Instant.parse("2026-01-01T00:05:00Z")));
        assertThat(refreshes.get()).isEqualTo(1);
    }

    @Test
    void theBackendNameFollowsTheWorldTheAppIsIn() {
        FakeGateway gateway = new FakeGateway(clock);
        ShellViewModel viewModel = new ShellViewModel(gateway, new DirectBackgroundTasks(),
                new SettingsFile(home.resolve("settings.json")));
        assertThat(viewModel.backendNameProperty().get()).isEqualTo("fake (us-east-1)");

        gateway.renameBackend("Simulator · lesson-ecs-first-service");
        viewModel.readClock();

        assertThat(viewModel.backendNameProperty().get()).isEqualTo("Simulator · lesson-ecs-first-service");
    }

    @Test
    void withoutASimulatorThereIsNoClock() {
        ShellViewModel viewModel = new ShellViewModel(new FakeGateway(), new DirectBackgroundTasks(),
                new SettingsFile(home.resolve("settings.json")));

        assertThat(viewModel.hasClock()).isFalse();
        assertThat(viewModel.clockTextProperty().get()).isEmpty();
    }

    @Test
    void productionProfilesAreRedAndEveryOtherKeepsItsColour() {
        assertThat(ShellViewModel.colourOf("acme-prod")).isEqualTo("account-production");
        assertThat(ShellViewModel.colourOf("dev")).isEqualTo(ShellViewModel.colourOf("dev"))
                .isNotEqualTo("account-production");
    }
}
