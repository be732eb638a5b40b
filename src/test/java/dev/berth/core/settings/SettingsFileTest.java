package dev.berth.core.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsFileTest {
    @TempDir
    Path home;

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new SettingsFile(home.resolve("settings.json")).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void whatIsSavedLoadsAgain() {
        SettingsFile file = new SettingsFile(home.resolve("nested/settings.json"));
        Settings settings = Settings.defaults().withTheme(ThemeChoice.DARK)
                .withWindow(new WindowBounds(10, 20, 1200, 800)).withLastArea("tasks");

        file.save(settings);

        assertThat(file.load()).isEqualTo(settings);
    }

    @Test
    void aCorruptFileGivesTheDefaults() throws IOException {
        Path path = home.resolve("settings.json");
        Files.writeString(path, "{\"theme\": \"DARK\", \"window\": {");

        assertThat(new SettingsFile(path).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void unknownValuesAndMembersAreTolerated() throws IOException {
        Path path = home.resolve("settings.json");
        Files.writeString(path, "{\"theme\": \"DARK\", \"fontSize\": 14, \"window\": {\"x\": 1, \"y\": 2, "
                + "\"width\": 3, \"height\": 4}}");

        Settings loaded = new SettingsFile(path).load();

        assertThat(loaded.theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(loaded.window()).as("a 3x4 window is not worth restoring").isNull();
    }

    @Test
    void aFileThatIsNotAnObjectGivesTheDefaults() throws IOException {
        Path path = home.resolve("settings.json");
        Files.writeString(path, "null");
        assertThat(new SettingsFile(path).load()).isEqualTo(Settings.defaults());

        Files.writeString(path, "[1, 2]");
        assertThat(new SettingsFile(path).load()).isEqualTo(Settings.defaults());
    }
}
