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

    static <T> T to(Class<T> type, Supplier<? extends T> target) {
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
}
