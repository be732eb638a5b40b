package dev.berth.sim.wire;

import dev.berth.core.gateway.GatewayException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The awsQuery protocol of the endpoint: picks the {@link QueryApi} by the request's signing name and
 * {@code Version}, calls its action, and wraps the result as AWS does:
 * {@code <ActionResponse xmlns=...><ActionResult>...</ActionResult><ResponseMetadata><RequestId>}. Every failure,
 * malformed input included, is answered in awsQuery's error shape with the status the service's model gives, so an
 * SDK raises the error's own exception class.
 */
final class QueryProtocol {
    private final Map<String, List<QueryApi>> apis = new LinkedHashMap<>();

    QueryProtocol(List<QueryApi> served) {
        for (QueryApi api : served) {
            apis.computeIfAbsent(api.signingName(), name -> new ArrayList<>()).add(api);
        }
    }

    /** Whether requests signed for {@code signingName} are awsQuery requests served here. */
    boolean serves(String signingName) {
        return apis.containsKey(signingName);
    }

    /** The answer to a request signed by {@code accessKeyId} for {@code signingName}, whose parameters are {@code form}. */
    Answer answer(String signingName, String accessKeyId, byte[] form, String requestId) {
        List<QueryApi> candidates = apis.get(signingName);
        QueryApi api = candidates.get(0);
        try {
            QueryInput input = QueryInput.parse(new String(form, StandardCharsets.UTF_8), accessKeyId);
            String action = input.action();
            if (action == null || action.isEmpty()) {
                throw new WireFault(400, "MissingAction", "The request must contain the parameter Action");
            }
            api = pick(candidates, action, input.version());
            QueryXml result = new QueryXml();
            api.call(action, input, result);
            return new Answer(200, api.answer(action, result, requestId).getBytes(StandardCharsets.UTF_8));
        } catch (WireFault fault) {
            return error(api, fault.status(), fault.errorCode(), fault.getMessage(), requestId);
        } catch (GatewayException e) {
            return error(api, api.status(e.errorCode()), e.errorCode(), e.getMessage(), requestId);
        } catch (RuntimeException e) {
            System.err.println("Berth endpoint: internal error: " + e);
            return error(api, 500, "InternalFailure", "An internal error occurred in the simulator.", requestId);
        }
    }

    /** A request whose signature the endpoint refused, in the service's shape and words ({@link QueryApi#refusal}). */
    Answer refusal(String signingName, String errorCode, String message, String requestId) {
        QueryApi api = apis.get(signingName).get(0);
        QueryApi.Refusal refusal = api.refusal(errorCode, message);
        return error(api, refusal.status(), refusal.errorCode(), refusal.message(), requestId);
    }

    /** The API of {@code version}; a service with one API takes requests that name none. */
    private static QueryApi pick(List<QueryApi> candidates, String action, String version) {
        if (version == null || version.isEmpty()) {
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            throw new WireFault(400, "MissingParameter", "The request must contain the parameter Version");
        }
        return candidates.stream().filter(api -> api.version().equals(version)).findFirst()
                .orElseThrow(() -> QueryOperations.invalidAction(action, version));
    }

    private static Answer error(QueryApi api, int status, String code, String message, String requestId) {
        return new Answer(status, api.error(status, code, Objects.requireNonNullElse(message, ""), requestId)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** An HTTP status and an XML body. */
    record Answer(int status, byte[] body) {
    }
}
