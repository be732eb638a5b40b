package dev.berth.sim.wire;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an AWS Signature Version 4 {@code Authorization} header the way AWS does (AWS-BEHAVIOUR.md §1.2): the
 * canonical request, the string to sign, the derived key, and a clock skew of at most five minutes measured against
 * the wall clock, never the simulator's. Failures carry AWS's error code and message.
 */
public final class SigV4Verifier {
    /** The credentials the endpoint accepts unless told otherwise, as LocalStack and moto accept them. */
    public static final String DEFAULT_KEY = "test";
    public static final String DEFAULT_SECRET = "test";
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request,\\s*"
                    + "SignedHeaders=([^,]+),\\s*Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Duration MAX_SKEW = Duration.ofMinutes(5);
    /** Room for a typical canonical request (method, path, five signed headers, payload hash) without growing. */
    private static final int CANONICAL_REQUEST_CAPACITY = 512;
    /** Whitespace runs in a header value, which the canonical form folds to one space. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** As many signing scopes as an endpoint plausibly serves at once: a few services, regions and days. */
    static final int MAX_SIGNING_KEYS = 64;
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    });
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });
    private static final String S3 = "s3";
    /**
     * What S3 clients put in {@code x-amz-content-sha256} instead of the body's hash, which S3 then signs as it is:
     * an unsigned body, or an aws-chunked one ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD},
     * {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER}, ...) whose chunk signatures the simulator does not check: it keeps
     * no content.
     */
    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    private static final String STREAMING = "STREAMING-";
    static final String MISMATCH = "The request signature we calculated does not match the signature you provided. "
            + "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private final String accessKeyId;
    private final byte[] secretKey;
    /**
     * Signing keys by credential scope (date/region/service), kept as the SDKs keep them: one HMAC per request instead
     * of five. Only a key that verified a signature is kept, and never more than {@link #MAX_SIGNING_KEYS}.
     */
    private final Map<String, byte[]> signingKeys = new ConcurrentHashMap<>();
    /** The last X-Amz-Date read: clients sign many requests in the same second, and parsing a date is costly. */
    private volatile AmzDate lastDate = new AmzDate("", Instant.EPOCH);

    public SigV4Verifier(String accessKeyId, String secretKey) {
        this.accessKeyId = accessKeyId;
        this.secretKey = ("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8);
    }

    /** A request as it arrived: header names in any case, the path and query still percent-encoded. */
    public record SignedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                                byte[] body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                List<String> values = entry.getValue();
                if (entry.getKey().equalsIgnoreCase(name) && !values.isEmpty()) {
                    return values.size() == 1 ? values.get(0) : String.join(",", values);
                }
            }
            return null;
        }
    }

    private record AmzDate(String text, Instant instant) {
    }

    /** Who signed, for which region and service. */
    public record Scope(String accessKeyId, String region, String service) {
    }

    /** A refused request, with the code and message AWS gives. */
    public static final class Refusal extends RuntimeException {
        private final String errorCode;

        Refusal(String errorCode, String message) {
            super(message);
            this.errorCode = errorCode;
        }

        public String errorCode() {
            return errorCode;
        }
    }

    /**
     * The service an {@code Authorization} header's credential scope names, or null when the header has no scope;
     * nothing is verified, so that a refusal can be written in the shape of the protocol the client speaks.
     */
    public static String claimedService(String authorization) {
        Matcher m = authorization == null ? null : AUTHORIZATION.matcher(authorization.trim());
        return m != null && m.matches() ? m.group(4) : null;
    }

    public Scope verify(SignedRequest request, Instant wallNow) {
        String authorization = request.header("Authorization");
        if (authorization == null) {
            throw new Refusal("MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        Matcher m = AUTHORIZATION.matcher(authorization.trim());
        if (!m.matches()) {
            throw new Refusal("IncompleteSignatureException",
                    "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters. "
                            + "Authorization=" + authorization.split("\\s+")[0]);
        }
        String keyId = m.group(1);
        String scopeDate = m.group(2);
        String region = m.group(3);
        String service = m.group(4);
        List<String> signedHeaders = Arrays.asList(m.group(5).split(";"));
        String signature = m.group(6);
        if (!keyId.equals(accessKeyId)) {
            throw new Refusal("UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        String amzDate = request.header("X-Amz-Date");
        if (amzDate == null || !signedHeaders.contains("host") || !signedHeaders.contains("x-amz-date")) {
            throw new Refusal("IncompleteSignatureException",
                    "The request must contain the headers 'host' and 'x-amz-date', and sign them.");
        }
        Instant signedAt = parseAmzDate(amzDate);
        checkSkew(signedAt, wallNow);
        if (!amzDate.startsWith(scopeDate)) {
            throw new Refusal("InvalidSignatureException",
                    "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                            + scopeDate + "' != '" + amzDate.substring(0, Math.min(8, amzDate.length())) + "'");
        }
        boolean s3 = S3.equals(service);
        String claimedHash = request.header("x-amz-content-sha256");
        String payloadHash;
        if (s3 && claimedHash != null && (claimedHash.equals(UNSIGNED_PAYLOAD) || claimedHash.startsWith(STREAMING))) {
            payloadHash = claimedHash;
        } else {
            payloadHash = hex(sha256(request.body()));
            if (claimedHash != null && !claimedHash.equals(payloadHash)) {
                throw new Refusal("InvalidSignatureException", MISMATCH);
            }
        }
        String canonical = canonicalRequest(request, signedHeaders, m.group(5), payloadHash, !s3);
        String credentialScope = scopeDate + "/" + region + "/" + service;
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + credentialScope
                + "/aws4_request\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] cachedKey = signingKeys.get(credentialScope);
        byte[] key = cachedKey != null ? cachedKey
                : hmac(hmac(hmac(hmac(secretKey, scopeDate), region), service), "aws4_request");
        byte[] expected = HexFormat.of().formatHex(hmac(key, stringToSign)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new Refusal("InvalidSignatureException", MISMATCH);
        }
        if (cachedKey == null) {
            if (signingKeys.size() >= MAX_SIGNING_KEYS) {
                signingKeys.clear();
            }
            signingKeys.put(credentialScope, key);
        }
        return new Scope(keyId, region, service);
    }

    /** How many signing keys are kept. */
    int signingKeyCount() {
        return signingKeys.size();
    }

    private Instant parseAmzDate(String amzDate) {
        AmzDate last = lastDate;
        if (last.text().equals(amzDate)) {
            return last.instant();
        }
        try {
            Instant instant = Instant.from(AMZ_DATE.parse(amzDate));
            lastDate = new AmzDate(amzDate, instant);
            return instant;
        } catch (DateTimeParseException e) {
            throw new Refusal("IncompleteSignatureException", "Date must be in ISO-8601 'basic format'. Got '"
                    + amzDate + "'.");
        }
    }

    private static void checkSkew(Instant signedAt, Instant wallNow) {
        if (signedAt.isBefore(wallNow.minus(MAX_SKEW))) {
            throw new Refusal("InvalidSignatureException", "Signature expired: " + AMZ_DATE.format(signedAt)
                    + " is now earlier than " + AMZ_DATE.format(wallNow.minus(MAX_SKEW)) + " ("
                    + AMZ_DATE.format(wallNow) + " - 5 min.)");
        }
        if (signedAt.isAfter(wallNow.plus(MAX_SKEW))) {
            throw new Refusal("InvalidSignatureException", "Signature not yet current: " + AMZ_DATE.format(signedAt)
                    + " is still later than " + AMZ_DATE.format(wallNow.plus(MAX_SKEW)) + " ("
                    + AMZ_DATE.format(wallNow) + " + 5 min.)");
        }
    }

    /**
     * The payload is hashed from the body itself: a body that was changed on the way cannot match. S3 signs the path
     * as it was sent; the other services encode it once more ({@code encodeTwice}).
     */
    static String canonicalRequest(SignedRequest request, List<String> signedHeaders, String signedHeaderList,
                                   String payloadHash, boolean encodeTwice) {
        StringBuilder canonical = new StringBuilder(CANONICAL_REQUEST_CAPACITY);
        canonical.append(request.method().toUpperCase(Locale.ROOT)).append('\n');
        canonical.append(encodeTwice ? canonicalUri(request.rawPath())
                : request.rawPath() == null || request.rawPath().isEmpty() ? "/" : request.rawPath()).append('\n');
        canonical.append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : signedHeaders) {
            String value = request.header(name);
            canonical.append(name).append(':')
                    .append(value == null ? "" : foldWhitespace(value.trim())).append('\n');
        }
        canonical.append('\n').append(signedHeaderList).append('\n');
        canonical.append(payloadHash);
        return canonical.toString();
    }

    /**
     * A header value with each run of whitespace folded to one space; most values have none to fold, and are returned
     * as they are without running the pattern.
     */
    private static String foldWhitespace(String value) {
        boolean afterSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && (afterSpace || c != ' ')) {
                return WHITESPACE.matcher(value).replaceAll(" ");
            }
            afterSpace = space;
        }
        return value;
    }

    /** Non-S3 services encode each path segment twice: once on the wire, once more for signing. */
    private static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String[] segments = rawPath.split("/", -1);
        List<String> encoded = new ArrayList<>(segments.length);
        for (String segment : segments) {
            encoded.add(uriEncode(segment));
        }
        return String.join("/", encoded);
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = decode(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : decode(part.substring(eq + 1));
            pairs.add(new String[]{uriEncode(key), uriEncode(value)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        List<String> joined = new ArrayList<>(pairs.size());
        for (String[] pair : pairs) {
            joined.add(pair[0] + "=" + pair[1]);
        }
        return String.join("&", joined);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** RFC 3986: only {@code A-Za-z0-9-_.~} stay as they are. */
    static String uriEncode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static byte[] sha256(byte[] data) {
        return SHA256.get().digest(data);
    }

    private static byte[] hmac(byte[] key, String data) {
        Mac mac = HMAC.get();
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an HmacSHA256 key of any length is valid", e);
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
