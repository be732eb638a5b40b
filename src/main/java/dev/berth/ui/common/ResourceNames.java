package dev.berth.ui.common;

/** The short forms people read instead of full ARNs. */
public final class ResourceNames {

    private ResourceNames() {
    }

    /** {@code family:revision} from a task definition ARN (or the text itself when it is no ARN). */
    public static String familyRevision(String taskDefinitionArn) {
        return lastSegment(taskDefinitionArn);
    }

    /** The last part of an ARN ({@code web} of {@code ...:service/prod/web}), or the text itself when it is no ARN. */
    public static String lastSegment(String arn) {
        if (arn == null) {
            return "";
        }
        int slash = arn.lastIndexOf('/');
        return slash < 0 ? arn : arn.substring(slash + 1);
    }

    /** The family of {@code family:revision} or of a task definition ARN. */
    public static String family(String taskDefinition) {
        String familyRevision = familyRevision(taskDefinition);
        int colon = familyRevision.indexOf(':');
        return colon < 0 ? familyRevision : familyRevision.substring(0, colon);
    }
}
