package dev.berth.sim.wire;

import java.util.Map;

/**
 * One AWS service over the awsQuery protocol (AWS-BEHAVIOUR.md §1): a form-encoded POST naming its {@code Action}
 * and {@code Version}, signed with the service's SigV4 name, answered in XML in the service's namespace. Services
 * that share a signing name (Elastic Load Balancing's 2012-06-01 and 2015-12-01 APIs) are told apart by version.
 */
abstract class QueryApi {
    static final String CONTENT_TYPE = "text/xml";
    private static final Map<String, String> QUERY_REFUSALS = Map.of(
            "InvalidSignatureException", "SignatureDoesNotMatch",
            "UnrecognizedClientException", "InvalidClientTokenId",
            "IncompleteSignatureException", "IncompleteSignature",
            "MissingAuthenticationTokenException", "MissingAuthenticationToken");

    /** Its actions by AWS's name; each subclass fills it in its constructor. */
    protected final QueryOperations operations;
    private final String signingName;
    private final String version;
    private final String namespace;

    /**
     * {@code signingName}: the service in the SigV4 credential scope, e.g. {@code elasticloadbalancing};
     * {@code version}: the API version a request names in {@code Version}, e.g. {@code 2015-12-01};
     * {@code namespace}: the XML namespace of its answers and errors.
     */
    QueryApi(String signingName, String version, String namespace) {
        this.signingName = signingName;
        this.version = version;
        this.namespace = namespace;
        this.operations = new QueryOperations(version);
    }

    final String signingName() {
        return signingName;
    }

    final String version() {
        return version;
    }

    final String namespace() {
        return namespace;
    }

    /** Writes the members of {@code action}'s result; throws GatewayException or {@link WireFault} on failure. */
    final void call(String action, QueryInput input, QueryXml result) {
        operations.call(action, input, result);
    }

    /** The HTTP status of an error, as the service's model gives it ({@code error.httpStatusCode}); mostly 400. */
    int status(String errorCode) {
        return 400;
    }

    /** A successful answer: {@code <ActionResponse xmlns=...><ActionResult>...</ActionResult><ResponseMetadata>}. */
    String answer(String action, QueryXml result, String requestId) {
        return "<" + action + "Response xmlns=\"" + namespace + "\"><" + action + "Result>" + result + "</" + action
                + "Result>" + "<ResponseMetadata><RequestId>" + requestId + "</RequestId></ResponseMetadata></"
                + action + "Response>";
    }

    /** awsQuery's error shape; {@code Type} says whose fault it is, as the model's {@code senderFault} does. */
    String error(int status, String code, String message, String requestId) {
        return "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>" + (status >= 500 ? "Receiver" : "Sender")
                + "</Type><Code>" + QueryXml.escape(code) + "</Code><Message>" + QueryXml.escape(message)
                + "</Message></Error><RequestId>" + requestId + "</RequestId></ErrorResponse>";
    }

    /**
     * A refused signature in the service's words: the JSON protocols' codes ({@code InvalidSignatureException}, ...)
     * become the query protocol's ({@code SignatureDoesNotMatch}, ...).
     */
    Refusal refusal(String errorCode, String message) {
        String code = QUERY_REFUSALS.getOrDefault(errorCode, errorCode);
        return new Refusal("IncompleteSignature".equals(code) ? 400 : 403, code, message);
    }

    /** How a request with a refused signature is answered. */
    record Refusal(int status, String errorCode, String message) {
    }
}
