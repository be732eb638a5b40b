package dev.berth.app;

import dev.berth.core.gateway.LocalEndpoint;
import dev.berth.core.settings.BerthHome;
import dev.berth.sim.apprunner.AppRunnerCustomer;
import dev.berth.sim.store.SqliteNativeLibrary;
import dev.berth.sim.store.WorldLock;
import dev.berth.sim.store.WorldStore;
import dev.berth.sim.wire.AwsEndpoint;
import dev.berth.sim.wire.SigV4Verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code berth serve}: the simulator without a window, as an AWS endpoint on loopback. Options are parsed by
 * {@link ServeOptions}; the world is opened (or created) in {@code --state DIR} and its clock runs at
 * {@code --speed} simulated seconds per wall second.
 */
public final class ServeCommand {
    /** How long a stop signal waits for the endpoint, clock and world to close (the endpoint alone waits up to 5 s). */
    private static final int CLOSING_SECONDS = 10;

    private ServeCommand() {
    }

    public static int run(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.println(ServeOptions.USAGE);
            return 0;
        }
        ServeOptions options;
        try {
            options = ServeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("berth serve: " + e.getMessage());
            System.err.println(ServeOptions.USAGE);
            return 2;
        }
        Instant wallNow = Instant.now();
        SqliteNativeLibrary.useCacheIn(BerthHome.fromEnvironment().cache());
        WorldStore.OpenedWorld world;
        try {
            world = new WorldStore().open(options.state(), options.state().toAbsolutePath().getFileName().toString(),
                    wallNow, new WorldStore.NewWorld(options.seed() != null ? options.seed() : wallNow.toEpochMilli(),
                            false));
        } catch (WorldLock.WorldInUseException | UncheckedIOException e) {
            System.err.println("berth serve: " + e.getMessage());
            return 1;
        }
        world.notice().ifPresent(System.err::println);
        if (options.appRunnerCustomer() != null) {
            world.simulator().setAppRunnerCustomer(options.appRunnerCustomer());
        }
        RealTimeClock clock = new RealTimeClock(world.simulator(), world.journal()::flushClock, options.speed());
        CountDownLatch closed = new CountDownLatch(1);
        try (AwsEndpoint endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getByName(options.bind()),
                        options.port()), new SimulatorBackend(world.simulator(), clock),
                new SigV4Verifier(options.accessKey(), options.secretKey()), Instant::now)) {
            clock.start();
            System.out.println("Berth endpoint ready on http://" + options.bind() + ":" + endpoint.port()
                    + " (world " + options.state() + ", speed " + options.speed() + ")");
            CountDownLatch stopped = new CountDownLatch(1);
            // The JVM halts once its hooks return: this one waits until the endpoint, clock and world are closed.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                awaitClosed(closed);
            }));
            stopped.await();
        } catch (IOException e) {
            System.err.println("berth serve: cannot listen on " + options.bind() + ":" + options.port() + ": "
                    + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clock.close();
            world.close();
            closed.countDown();
        }
        return 0;
    }

    private static void awaitClosed(CountDownLatch closed) {
        try {
            if (!closed.await(CLOSING_SECONDS, TimeUnit.SECONDS)) {
                System.err.println("berth serve: stopped before the world was closed (took over " + CLOSING_SECONDS
                        + " s); every acknowledged change is saved, the clock may be a moment behind");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Parsed {@code serve} arguments. */
    record ServeOptions(int port, Path state, int speed, Long seed, String bind, String accessKey,
                        String secretKey, AppRunnerCustomer appRunnerCustomer) {
        static final String USAGE = "usage: berth serve --port P --state DIR [--speed N] [--seed S] [--bind ADDR "
                + "--access-key K --secret-key S] [--app-runner-customer existing|new]";

        static ServeOptions parse(String[] args) {
            int port = LocalEndpoint.DEFAULT_PORT;
            Path state = null;
            int speed = 1;
            Long seed = null;
            String bind = "127.0.0.1";
            String accessKey = SigV4Verifier.DEFAULT_KEY;
            String secretKey = SigV4Verifier.DEFAULT_SECRET;
            AppRunnerCustomer appRunnerCustomer = null;
            for (int i = 1; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                switch (name) {
                    case "--port" -> port = number(name, value, 0, 65535);
                    case "--state" -> state = Path.of(value);
                    case "--speed" -> speed = number(name, value, 1, 100_000);
                    case "--seed" -> seed = seed(value);
                    case "--bind" -> bind = value;
                    case "--access-key" -> accessKey = value;
                    case "--secret-key" -> secretKey = value;
                    case "--app-runner-customer" -> appRunnerCustomer = customer(value);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (state == null) {
                throw new IllegalArgumentException("--state DIR is required");
            }
            boolean loopback = bind.equals("127.0.0.1") || bind.equals("localhost") || bind.equals("::1");
            if (!loopback && (accessKey.equals(SigV4Verifier.DEFAULT_KEY)
                    || secretKey.equals(SigV4Verifier.DEFAULT_SECRET))) {
                throw new IllegalArgumentException("--bind " + bind
                        + " serves beyond this machine: set --access-key and --secret-key other than 'test'");
            }
            return new ServeOptions(port, state, speed, seed, bind, accessKey, secretKey, appRunnerCustomer);
        }

        /** {@code new}: an account created after AWS closed App Runner to new customers, so CreateService fails. */
        private static AppRunnerCustomer customer(String value) {
            return switch (value) {
                case "existing" -> AppRunnerCustomer.EXISTING;
                case "new" -> AppRunnerCustomer.NEW;
                default -> throw new IllegalArgumentException("--app-runner-customer takes existing or new, not '"
                        + value + "'");
            };
        }

        private static long seed(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed takes a whole number, not '" + value + "'");
            }
        }

        private static int number(String name, String value, int min, int max) {
            try {
                int n = Integer.parseInt(value);
                if (n < min || n > max) {
                    throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " takes a whole number, not '" + value + "'");
            }
        }
    }
}
