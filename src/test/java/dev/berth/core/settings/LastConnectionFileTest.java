package dev.berth.core.settings;

import dev.berth.core.gateway.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LastConnectionFileTest {
    @TempDir
    Path root;

    @Test
    void aWorldOrAProfileAndItsRegionComeBackAndNothingElseIsWritten() throws Exception {
        LastConnectionFile file = LastConnectionFile.in(new BerthHome(root));
        assertThat(file.load()).isEmpty();

        Connection profile = new Connection(Connection.Kind.AWS_PROFILE, "dev", "eu-west-1", "SSO");
        file.save(profile);
        assertThat(file.load()).contains(profile);
        assertThat(Files.readString(root.resolve("last-connection.json")))
                .contains("\"name\" : \"dev\"", "\"region\" : \"eu-west-1\"")
                .doesNotContainIgnoringCase("secret").doesNotContainIgnoringCase("token");

        file.save(Connection.simulator("practice"));
        assertThat(file.load()).contains(Connection.simulator("practice"));
    }

    @Test
    void anUnreadableFileIsIgnored() throws Exception {
        Files.writeString(root.resolve("last-connection.json"), "{not json");

        assertThat(LastConnectionFile.in(new BerthHome(root)).load()).isEmpty();
    }
}
