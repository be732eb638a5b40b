package dev.berth.aws;

import dev.berth.core.gateway.GatewayException;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

/**
 * A service Berth manages on the simulator but not yet on real AWS: every operation is refused, before any network
 * call, with a message that says so, so its area shows why it is empty instead of failing obscurely.
 */
final class NotYetOnAws {
    static final String ERROR_CODE = "NotYetOnAws";

    private NotYetOnAws() {
    }

    static <T> T part(Class<T> type, String service) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> service + " (not yet on real AWS)";
                };
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw refused(service);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler));
    }

    /** The refusal of one operation of {@code service}, for a part whose other operations are on AWS. */
    static GatewayException refused(String service) {
        return new GatewayException(ERROR_CODE, "Berth manages " + service + " on the simulator only so far; on "
                + "real AWS use the AWS console or CLI for it.", false);
    }
}
