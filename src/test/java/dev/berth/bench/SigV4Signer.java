package dev.berth.bench;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Signs the light bench client's JSON-RPC requests with AWS Signature Version 4, as the SDKs do for a POST to "/":
 * the body's hash, the signed headers content-length, content-type, host, x-amz-date and x-amz-target, and a signing
 * key derived once per day (as the SDKs cache it). One signer per client thread: its Mac and digest are not shared.
 */
final class SigV4Signer {
    static final String SIGNED_HEADERS = "content-length;content-type;host;x-amz-date;x-amz-target";
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final String accessKeyId;
    private final byte[] secretKey;
    private final String region;
    private final String service;
    private final Mac mac;
    private final MessageDigest sha256;
    private String keyDate = "";
    private byte[] signingKey;
    private long dateSecond = Long.MIN_VALUE;
    private String amzDate;

    SigV4Signer(String accessKeyId, String secretKey, String region, String service) {
        this.accessKeyId = accessKeyId;
        this.secretKey = ("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8);
        this.region = region;
        this.service = service;
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 and SHA-256 are part of every JDK", e);
        }
    }

    /** The X-Amz-Date and Authorization headers of a POST to "/" signed at {@code now}. */
    record Signature(String amzDate, String authorization) {
    }

    Signature sign(String host, String contentType, String target, byte[] body, Instant now) {
        String date = amzDate(now);
        String day = date.substring(0, 8);
        String canonical = "POST\n/\n\n"
                + "content-length:" + body.length + "\n"
                + "content-type:" + contentType + "\n"
                + "host:" + host + "\n"
                + "x-amz-date:" + date + "\n"
                + "x-amz-target:" + target + "\n\n"
                + SIGNED_HEADERS + "\n"
                + HEX.formatHex(sha256.digest(body));
        String scope = day + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + date + "\n" + scope + "\n"
                + HEX.formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        String signature = HEX.formatHex(hmac(signingKey(day), stringToSign));
        return new Signature(date, "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + scope
                + ", SignedHeaders=" + SIGNED_HEADERS + ", Signature=" + signature);
    }

    /** Formatting a date costs more than signing; clients send many requests in the same second. */
    private String amzDate(Instant now) {
        long second = now.getEpochSecond();
        if (second != dateSecond) {
            dateSecond = second;
            amzDate = AMZ_DATE.format(now);
        }
        return amzDate;
    }

    private byte[] signingKey(String day) {
        if (!day.equals(keyDate)) {
            signingKey = hmac(hmac(hmac(hmac(secretKey, day), region), service), "aws4_request");
            keyDate = day;
        }
        return signingKey;
    }

    private byte[] hmac(byte[] key, String data) {
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an HmacSHA256 key of any length is valid", e);
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
