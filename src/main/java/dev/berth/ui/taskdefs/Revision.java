package dev.berth.ui.taskdefs;

import dev.berth.ui.common.ResourceNames;

/** One revision of a family as the list calls name it: its ARN, number, and ACTIVE or INACTIVE. */
public record Revision(String arn, String family, int revision, String status) {

    public static Revision of(String arn, String status) {
        String familyRevision = ResourceNames.familyRevision(arn);
        int colon = familyRevision.lastIndexOf(':');
        return new Revision(arn, familyRevision.substring(0, colon),
                Integer.parseInt(familyRevision.substring(colon + 1)), status);
    }

    public String familyRevision() {
        return family + ":" + revision;
    }
}
