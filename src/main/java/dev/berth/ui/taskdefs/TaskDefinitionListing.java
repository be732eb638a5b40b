package dev.berth.ui.taskdefs;

import dev.berth.core.gateway.EcsInventory;
import dev.berth.ui.common.ResourceNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the task definitions area lists, read in one go so families and revisions agree: every family, and the
 * revisions of one family (active and inactive), newest first. {@code family} is the one shown: the one asked for
 * while it still exists, else the first.
 */
record TaskDefinitionListing(List<String> families, String family, List<Revision> revisions) {

    static TaskDefinitionListing read(EcsInventory inventory, String wantedFamily) {
        List<String> families = inventory.taskDefinitionFamilies("ALL");
        String family = families.contains(wantedFamily) ? wantedFamily : families.isEmpty() ? null : families.get(0);
        List<Revision> revisions = new ArrayList<>();
        if (family != null) {
            for (String status : List.of("ACTIVE", "INACTIVE")) {
                for (String arn : inventory.taskDefinitions(family, status, "DESC")) {
                    // The family is a prefix filter: "web" also lists "web-api".
                    if (ResourceNames.family(arn).equals(family)) {
                        revisions.add(Revision.of(arn, status));
                    }
                }
            }
        }
        revisions.sort(Comparator.comparingInt(Revision::revision).reversed());
        return new TaskDefinitionListing(families, family, revisions);
    }
}
