package dev.berth.sim.wire;

/**
 * AWS STS over the awsQuery protocol, as far as a console needs it: GetCallerIdentity, so a client pointed at the
 * endpoint learns the world's account. The caller is the user whose access key signed the request.
 */
final class StsQueryApi implements QueryApi {
    private static final String VERSION = "2011-06-15";
    private final QueryOperations operations = new QueryOperations(VERSION);

    StsQueryApi(String accountId) {
        operations.put("GetCallerIdentity", (in, out) -> out
                .value("Arn", "arn:aws:iam::" + accountId + ":user/" + in.accessKeyId())
                .value("UserId", in.accessKeyId())
                .value("Account", accountId));
    }

    @Override
    public String signingName() {
        return "sts";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String namespace() {
        return "https://sts.amazonaws.com/doc/2011-06-15/";
    }

    @Override
    public void call(String action, QueryInput input, QueryXml result) {
        operations.call(action, input, result);
    }
}
