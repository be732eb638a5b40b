package dev.berth.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardingTest {

    @Test
    void aPartMadeOnFirstUseIsOneProxyThatCallsWhateverIsCurrent() {
        List<String> calls = new ArrayList<>();
        AtomicReference<Runnable> current = new AtomicReference<>(() -> calls.add("first"));
        Supplier<Runnable> part = Forwarding.onFirstUse(Runnable.class, current::get);

        Runnable proxy = part.get();
        proxy.run();
        current.set(() -> calls.add("second"));
        part.get().run();

        assertThat(part.get()).isSameAs(proxy);
        assertThat(calls).containsExactly("first", "second");
    }

    @Test
    void threadsAskingAtOnceGetTheSameProxy() throws InterruptedException {
        Supplier<Runnable> part = Forwarding.onFirstUse(Runnable.class, () -> () -> { });
        Set<Runnable> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(part.get());
            });
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).hasSize(1);
    }
}
