package dev.berth;

import dev.berth.app.BerthApp;
import dev.berth.app.FastStart;
import dev.berth.app.ServeCommand;

/**
 * Plain main class, so the fat jar starts JavaFX from the classpath without a module path. {@code serve} runs the
 * simulator as a local AWS endpoint without loading JavaFX at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            System.exit(ServeCommand.run(args));
        }
        FastStart.relaunch(args).ifPresentOrElse(System::exit, () -> BerthApp.main(args));
    }
}
