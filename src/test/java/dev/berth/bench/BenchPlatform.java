package dev.berth.bench;

import javafx.application.Platform;

import java.util.concurrent.CountDownLatch;

/** Starts JavaFX for a bench main: Monocle's headless glass unless the caller chose a platform or has a display. */
final class BenchPlatform {

    private BenchPlatform() {
    }

    static void start() throws InterruptedException {
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }
}
