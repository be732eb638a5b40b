package dev.berth.ui.ecr;

/**
 * The commands that push a locally built image to a repository, as the ECR console's "View push commands" gives
 * them: log Docker in with a token from {@code get-login-password}, build, tag with the repository URI, push.
 */
final class PushCommands {

    private PushCommands() {
    }

    static String forRepository(String repositoryName, String repositoryUri, String region) {
        String registry = repositoryUri.substring(0, repositoryUri.indexOf('/'));
        String local = repositoryName.substring(repositoryName.lastIndexOf('/') + 1);
        return "aws ecr get-login-password --region " + region + " | docker login --username AWS --password-stdin "
                + registry + "\n"
                + "docker build -t " + local + " .\n"
                + "docker tag " + local + ":latest " + repositoryUri + ":latest\n"
                + "docker push " + repositoryUri + ":latest\n";
    }
}
