package dev.berth.sim.wire;

/**
 * AWS STS over the awsQuery protocol, as far as a console needs it: GetCallerIdentity, so a client pointed at the
 * endpoint learns the world's account. The caller is the user whose access key signed the request.
 */
final class StsQueryApi extends QueryApi {
    private static final String VERSION = "2011-06-15";

    StsQueryApi(String accountId) {
        super("sts", VERSION, "https://sts.amazonaws.com/doc/2011-06-15/");
        operations.put("GetCallerIdentity", (in, out) -> out
                .value("Arn", "arn:aws:iam::" + accountId + ":user/" + in.accessKeyId())
                .value("UserId", in.accessKeyId())
                .value("Account", accountId));
    }
}
