package dev.berth.sim.wire;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * AWS STS over the awsQuery protocol (form-encoded POST, XML answer), as far as a console needs it:
 * GetCallerIdentity, so a client pointed at the endpoint learns the world's account. The caller is the user whose
 * access key signed the request.
 */
final class StsQueryApi {
    static final String CONTENT_TYPE = "text/xml";
    private static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private final String accountId;

    StsQueryApi(String accountId) {
        this.accountId = accountId;
    }

    /** The XML answer to {@code form}; an unknown action is a {@link WireFault}. */
    byte[] call(String form, String accessKeyId, String requestId) {
        String action = parameters(form).get("Action");
        if (!"GetCallerIdentity".equals(action)) {
            throw new WireFault(400, "InvalidAction", "Could not find operation " + action + " for version 2011-06-15");
        }
        String xml = "<GetCallerIdentityResponse xmlns=\"" + NAMESPACE + "\">"
                + "<GetCallerIdentityResult>"
                + "<Arn>arn:aws:iam::" + accountId + ":user/" + escape(accessKeyId) + "</Arn>"
                + "<UserId>" + escape(accessKeyId) + "</UserId>"
                + "<Account>" + accountId + "</Account>"
                + "</GetCallerIdentityResult>"
                + "<ResponseMetadata><RequestId>" + requestId + "</RequestId></ResponseMetadata>"
                + "</GetCallerIdentityResponse>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** An awsQuery error in its XML shape. */
    static byte[] error(String code, String message, String requestId) {
        String xml = "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>Sender</Type><Code>" + escape(code)
                + "</Code><Message>" + escape(message) + "</Message></Error><RequestId>" + requestId
                + "</RequestId></ErrorResponse>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> parameters(String form) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
