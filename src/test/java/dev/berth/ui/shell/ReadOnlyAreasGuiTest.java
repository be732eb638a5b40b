package dev.berth.ui.shell;

import dev.berth.core.gateway.AwsAccount;
import dev.berth.core.gateway.Gateway;
import dev.berth.ui.handles.ConnectionHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.TestWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a read-only AWS connection the Images, Kubernetes and App Runner areas offer no change, as the ECS areas do
 * not: their write actions are disabled until writes are turned on for the profile.
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyAreasGuiTest {
    private static final Map<String, List<String>> WRITES_BY_AREA = Map.of(
            "images", List.of("#repositories-create"),
            "kubernetes", List.of("#eks-create", "#eks-upgrade", "#eks-delete"),
            "apprunner", List.of("#apprunner-create"));

    @TempDir
    Path settings;

    @Start
    void start(Stage stage) {
        TestWindow.open(stage, onAws(new FakeGateway(), new ReadOnlyAccount()), settings);
    }

    @Test
    void writeActionsWaitUntilWritesAreTurnedOn(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot);
        WRITES_BY_AREA.forEach((area, actions) -> {
            window.goTo(area);
            actions.forEach(action -> assertThat(robot.lookup(action).query().isDisabled()).as(action).isTrue());
        });

        new ConnectionHandle(robot).allowWrites();

        WRITES_BY_AREA.forEach((area, actions) -> {
            window.goTo(area);
            actions.forEach(action -> assertThat(robot.lookup(action).query().isDisabled()).as(action).isFalse());
        });
    }

    /** {@code world} as a real AWS connection would present it: an account and no simulated clock. */
    private static Gateway onAws(Gateway world, AwsAccount account) {
        return (Gateway) Proxy.newProxyInstance(Gateway.class.getClassLoader(), new Class<?>[]{Gateway.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "awsAccount" -> Optional.of(account);
                    case "simulationClock" -> Optional.empty();
                    default -> {
                        try {
                            yield method.invoke(world, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    private static final class ReadOnlyAccount implements AwsAccount {
        private volatile boolean writes;

        @Override
        public String profile() {
            return "staging";
        }

        @Override
        public String region() {
            return "us-east-1";
        }

        @Override
        public String accountId() {
            return "123456789012";
        }

        @Override
        public boolean writesAllowed() {
            return writes;
        }

        @Override
        public void allowWrites(boolean allowed) {
            writes = allowed;
        }
    }
}
