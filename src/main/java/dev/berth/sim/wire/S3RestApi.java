package dev.berth.sim.wire;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.model.S3Object;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Amazon S3 (API 2006-03-01) over restXml, path-style only ({@code /bucket}, {@code /bucket/key}): the operations of
 * {@link S3Gateway}, told apart by method, path and sub-resource ({@code ?notification}, {@code ?list-type=2}).
 * Errors are S3's XML ({@code <Error><Code>NoSuchBucket</Code>...}) with the status its model gives. The simulator
 * keeps no content: PutObject records the size the client declared ({@code x-amz-decoded-content-length} for an
 * aws-chunked upload).
 */
final class S3RestApi {
    static final String SIGNING_NAME = "s3";
    static final String CONTENT_TYPE = "application/xml";
    private static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    /** ListObjectsV2 answers at most 1,000 keys a call. */
    private static final int MAX_KEYS = 1000;
    /** The codes of the signature checks as S3 names them; S3 refuses them with 403. */
    private static final Map<String, String> SIGNATURE_CODES = Map.of(
            "InvalidSignatureException", "SignatureDoesNotMatch",
            "UnrecognizedClientException", "InvalidAccessKeyId",
            "MissingAuthenticationTokenException", "AccessDenied",
            "IncompleteSignatureException", "AuthorizationHeaderMalformed");

    /** An answer: its status, body (null for none) and the headers besides Content-Type. */
    record Answer(int status, byte[] body, Map<String, String> headers) {
        static Answer empty(Map<String, String> headers) {
            return new Answer(200, null, headers);
        }

        static Answer xml(String root, QueryXml members) {
            return new Answer(200, (XML_DECLARATION + "<" + root + " xmlns=\"" + NAMESPACE + "\">" + members + "</"
                    + root + ">").getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    /** The canonical user id S3 names the simulated account's owner by: 64 hex digits. */
    private static final String OWNER_ID = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a";

    private final S3Gateway s3;

    S3RestApi(S3Gateway s3) {
        this.s3 = s3;
    }

    /** {@code header} looks a request header up by name in any case. */
    Answer call(String method, String rawPath, String rawQuery, Function<String, String> header, byte[] body) {
        String path = rawPath == null || rawPath.length() <= 1 ? "" : rawPath.substring(1);
        int slash = path.indexOf('/');
        String bucket = decode(slash < 0 ? path : path.substring(0, slash));
        String key = slash < 0 || slash == path.length() - 1 ? null : decode(path.substring(slash + 1));
        Map<String, String> query = query(rawQuery);
        try {
            if (bucket.isEmpty()) {
                if (method.equals("GET")) {
                    return listBuckets();
                }
            } else if (key == null) {
                switch (method + (query.containsKey("notification") ? " ?notification" : "")) {
                    case "PUT" -> {
                        s3.createBucket(bucket);
                        return Answer.empty(Map.of("Location", "/" + bucket));
                    }
                    case "PUT ?notification" -> {
                        String configuration = new String(body, StandardCharsets.UTF_8);
                        s3.putBucketNotificationConfiguration(bucket,
                                configuration.contains("<EventBridgeConfiguration"));
                        return Answer.empty(Map.of());
                    }
                    case "GET ?notification" -> {
                        boolean eventBridge = s3.getBucketNotificationConfiguration(bucket);
                        return Answer.xml("NotificationConfiguration", eventBridge
                                ? new QueryXml().structure("EventBridgeConfiguration", none -> { })
                                : new QueryXml());
                    }
                    case "GET" -> {
                        if ("2".equals(query.get("list-type"))) {
                            return listObjectsV2(bucket, query);
                        }
                    }
                    default -> {
                    }
                }
            } else if (method.equals("PUT")) {
                String declared = header.apply("x-amz-decoded-content-length");
                long size = declared != null ? Long.parseLong(declared.trim()) : body.length;
                S3Object object = s3.putObject(bucket, key, size);
                return Answer.empty(Map.of("ETag", object.eTag()));
            }
        } catch (GatewayException e) {
            throw new WireFault(status(e.errorCode()), e.errorCode(), e.getMessage());
        } catch (NumberFormatException e) {
            throw new WireFault(400, "InvalidArgument", "x-amz-decoded-content-length is not a number.");
        }
        throw new WireFault(501, "NotImplemented", "A header you provided implies functionality that is not "
                + "implemented: " + method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery));
    }

    /** An error as S3 writes it. */
    static Answer error(int status, String code, String message, String requestId) {
        QueryXml members = new QueryXml().value("Code", code).value("Message", message).value("RequestId", requestId);
        return new Answer(status, (XML_DECLARATION + "<Error>" + members + "</Error>")
                .getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A refused signature, named and answered as S3 does: 403. */
    static Answer refusal(String errorCode, String message, String requestId) {
        return error(403, SIGNATURE_CODES.getOrDefault(errorCode, errorCode), message, requestId);
    }

    private Answer listBuckets() {
        QueryXml out = new QueryXml().structure("Owner", owner -> owner.value("ID", OWNER_ID))
                .structure("Buckets", buckets -> s3.listBuckets().forEach(bucket ->
                buckets.structure("Bucket", b -> b.value("Name", bucket.name())
                        .value("CreationDate", bucket.creationDate()))));
        return Answer.xml("ListAllMyBucketsResult", out);
    }

    /**
     * A page of keys after {@code start-after} or the continuation token, under {@code prefix}; with a
     * {@code delimiter}, the keys that hold it past the prefix are rolled up into one common prefix each, which
     * counts as one key of the page (how {@code aws s3 ls} shows "folders").
     */
    private Answer listObjectsV2(String bucket, Map<String, String> query) {
        String prefix = query.getOrDefault("prefix", "");
        String delimiter = query.get("delimiter");
        int maxKeys = query.containsKey("max-keys") ? Math.min(MAX_KEYS, integer(query.get("max-keys"))) : MAX_KEYS;
        String token = query.get("continuation-token");
        String after = token != null ? afterToken(token) : query.getOrDefault("start-after", "");
        List<Listed> matching = new ArrayList<>();
        for (S3Object object : s3.listObjects(bucket)) {
            int cut = delimiter == null || delimiter.isEmpty() || !object.key().startsWith(prefix) ? -1
                    : object.key().indexOf(delimiter, prefix.length());
            Listed listed = cut < 0 ? new Listed(object.key(), object)
                    : new Listed(object.key().substring(0, cut + delimiter.length()), null);
            boolean rolledUp = !matching.isEmpty() && matching.get(matching.size() - 1).name().equals(listed.name());
            if (object.key().startsWith(prefix) && listed.name().compareTo(after) > 0 && !rolledUp) {
                matching.add(listed);
            }
        }
        List<Listed> page = matching.subList(0, Math.min(maxKeys, matching.size()));
        boolean truncated = page.size() < matching.size();
        boolean url = "url".equals(query.get("encoding-type"));
        Function<String, String> key = k -> url ? URLEncoder.encode(k, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%2F", "/") : k;
        QueryXml out = new QueryXml().value("Name", bucket).value("Prefix", key.apply(prefix))
                .value("Delimiter", delimiter).value("ContinuationToken", token).value("KeyCount", page.size())
                .value("MaxKeys", maxKeys).value("EncodingType", url ? "url" : null).value("IsTruncated", truncated);
        page.stream().filter(l -> l.object() != null).forEach(l -> out.structure("Contents", c -> c
                .value("Key", key.apply(l.name())).value("LastModified", l.object().lastModified())
                .value("ETag", l.object().eTag()).value("Size", l.object().size()).value("StorageClass", "STANDARD")));
        page.stream().filter(l -> l.object() == null).forEach(l -> out.structure("CommonPrefixes", p -> p
                .value("Prefix", key.apply(l.name()))));
        if (truncated) {
            out.value("NextContinuationToken", Base64.getEncoder().encodeToString(
                    page.get(page.size() - 1).name().getBytes(StandardCharsets.UTF_8)));
        }
        return Answer.xml("ListBucketResult", out);
    }

    /** A key of a listing, or a common prefix ({@code object} null) standing for the keys under it. */
    private record Listed(String name, S3Object object) {
    }

    /** The key a continuation token this endpoint gave names: the last one of the page before. */
    private static String afterToken(String token) {
        try {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw GatewayException.client("InvalidArgument", "The continuation token provided is incorrect");
        }
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw GatewayException.client("InvalidArgument", "Provided max-keys not an integer or within integer "
                    + "range");
        }
    }

    /** The HTTP status of an S3 error code. */
    static int status(String errorCode) {
        return switch (errorCode) {
            case "NoSuchBucket", "NoSuchKey" -> 404;
            case "BucketAlreadyOwnedByYou", "BucketAlreadyExists", "BucketNotEmpty" -> 409;
            case "InternalError" -> 500;
            default -> 400;
        };
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String part : rawQuery.split("&")) {
                if (!part.isEmpty()) {
                    int eq = part.indexOf('=');
                    query.put(decode(eq < 0 ? part : part.substring(0, eq)), eq < 0 ? "" : decode(part.substring(eq + 1)));
                }
            }
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
