package dev.berth.app;

import dev.berth.sim.apprunner.AppRunnerCustomer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeOptionsTest {

    private static ServeCommand.ServeOptions parse(String... args) {
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "serve";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        return ServeCommand.ServeOptions.parse(withCommand);
    }

    @Test
    void theContractsOptionsAreRead() {
        ServeCommand.ServeOptions options = parse("--port", "4599", "--state", "/tmp/w", "--speed", "60",
                "--seed", "42");
        assertThat(options).isEqualTo(new ServeCommand.ServeOptions(4599, Path.of("/tmp/w"), 60, 42L, "127.0.0.1",
                "test", "test", null));
    }

    @Test
    void theAccountCanBeOneThatCameAfterAppRunnerClosed() {
        assertThat(parse("--state", "w", "--app-runner-customer", "new").appRunnerCustomer())
                .isEqualTo(AppRunnerCustomer.NEW);
        assertThatThrownBy(() -> parse("--state", "w", "--app-runner-customer", "maybe"))
                .hasMessage("--app-runner-customer takes existing or new, not 'maybe'");
    }

    @Test
    void servingBeyondLoopbackNeedsOwnCredentials() {
        assertThatThrownBy(() -> parse("--state", "w", "--bind", "0.0.0.0"))
                .hasMessageContaining("--bind 0.0.0.0 serves beyond this machine");
        assertThat(parse("--state", "w", "--bind", "0.0.0.0", "--access-key", "k", "--secret-key", "s").bind())
                .isEqualTo("0.0.0.0");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> parse("--port", "4599")).hasMessage("--state DIR is required");
        assertThatThrownBy(() -> parse("--state", "w", "--speed", "fast"))
                .hasMessage("--speed takes a whole number, not 'fast'");
        assertThatThrownBy(() -> parse("--state", "w", "--port", "70000"))
                .hasMessage("--port must be between 0 and 65535");
        assertThatThrownBy(() -> parse("--state", "w", "--colour", "blue")).hasMessage("unknown option --colour");
        assertThatThrownBy(() -> parse("--state")).hasMessage("--state needs a value");
    }
}
