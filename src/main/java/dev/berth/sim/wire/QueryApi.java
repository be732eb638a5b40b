package dev.berth.sim.wire;

/**
 * One AWS service over the awsQuery protocol (AWS-BEHAVIOUR.md §1): a form-encoded POST naming its {@code Action}
 * and {@code Version}, signed with the service's SigV4 name, answered in XML in the service's namespace. Services
 * that share a signing name (Elastic Load Balancing's 2012-06-01 and 2015-12-01 APIs) are told apart by version.
 */
abstract class QueryApi {
    static final String CONTENT_TYPE = "text/xml";

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
}
