package dev.berth.app;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * An implementation of an interface that sends every call to whatever {@code target} supplies at that moment.
 * EcsGateway has a method per AWS operation and gains one with each operation added; a proxy forwards them all,
 * where a hand-written copy would fall behind.
 */
final class Forwarding {

    private Forwarding() {
    }

    private static <T> T to(Class<T> type, Supplier<? extends T> target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "forwarding " + type.getSimpleName();
                };
            }
            try {
                return method.invoke(target.get(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler));
    }

    /**
     * As {@link #to}, made when first asked for: generating a proxy class is a few milliseconds of a cold start, and
     * most of the switching gateway's parts are first used long after the window is shown.
     */
    static <T> Supplier<T> onFirstUse(Class<T> type, Supplier<? extends T> target) {
        return new OnFirstUse<>(type, target);
    }

    /** Lock-free once made: every gateway call asks for its part, from many threads when the endpoint serves. */
    private static final class OnFirstUse<T> implements Supplier<T> {
        private final Class<T> type;
        private final Supplier<? extends T> target;
        private volatile T proxy;

        OnFirstUse(Class<T> type, Supplier<? extends T> target) {
            this.type = type;
            this.target = target;
        }

        @Override
        public T get() {
            T made = proxy;
            if (made == null) {
                synchronized (this) {
                    made = proxy;
                    if (made == null) {
                        made = to(type, target);
                        proxy = made;
                    }
                }
            }
            return made;
        }
    }
}
