package dev.berth.sim.wire;

/**
 * One AWS service over the awsQuery protocol (AWS-BEHAVIOUR.md §1): a form-encoded POST naming its {@code Action}
 * and {@code Version}, signed with the service's SigV4 name, answered in XML in the service's namespace. Services
 * that share a signing name (Elastic Load Balancing's 2012-06-01 and 2015-12-01 APIs) are told apart by version.
 */
interface QueryApi {
    String CONTENT_TYPE = "text/xml";

    /** The service in the SigV4 credential scope, e.g. {@code elasticloadbalancing}. */
    String signingName();

    /** The API version a request names in {@code Version}, e.g. {@code 2015-12-01}. */
    String version();

    /** The XML namespace of its answers and errors, e.g. {@code http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/}. */
    String namespace();

    /** Writes the members of {@code action}'s result; throws GatewayException or {@link WireFault} on failure. */
    void call(String action, QueryInput input, QueryXml result);

    /** The HTTP status of an error, as the service's model gives it ({@code error.httpStatusCode}); mostly 400. */
    default int status(String errorCode) {
        return 400;
    }
}
