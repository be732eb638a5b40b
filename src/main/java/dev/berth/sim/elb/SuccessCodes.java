package dev.berth.sim.elb;

import java.util.regex.Pattern;

/**
 * A health check's matcher for an Application Load Balancer: the HTTP codes that count as success, as single codes,
 * lists and ranges ({@code 200}, {@code 200,202}, {@code 200-299}), each from 200 to 499.
 */
final class SuccessCodes {
    private static final Pattern CODES = Pattern.compile("\\d{3}(-\\d{3})?(,\\d{3}(-\\d{3})?)*");
    private static final int LOWEST = 200;
    private static final int HIGHEST = 499;

    private SuccessCodes() {
    }

    static boolean valid(String httpCode) {
        if (httpCode == null || !CODES.matcher(httpCode).matches()) {
            return false;
        }
        for (String part : httpCode.split(",")) {
            String[] bounds = part.split("-");
            int from = Integer.parseInt(bounds[0]);
            int to = Integer.parseInt(bounds[bounds.length - 1]);
            if (from < LOWEST || to > HIGHEST || from > to) {
                return false;
            }
        }
        return true;
    }

    static boolean accepts(String httpCode, int code) {
        for (String part : httpCode.split(",")) {
            String[] bounds = part.split("-");
            if (code >= Integer.parseInt(bounds[0]) && code <= Integer.parseInt(bounds[bounds.length - 1])) {
                return true;
            }
        }
        return false;
    }
}
