package dev.berth.ui.taskdefs;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.model.Page;
import dev.berth.ui.common.ResourceNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What the task definitions area lists, read in one go so families and revisions agree: every family, and the
 * revisions of one family (active and inactive), newest first. {@code family} is the one shown: the one asked for
 * while it still exists, else the first.
 */
record TaskDefinitionListing(List<String> families, String family, List<Revision> revisions) {
    private static final int MAX_PAGE = 100;

    static TaskDefinitionListing read(EcsGateway ecs, String wantedFamily) {
        List<String> families = all(token -> ecs.listTaskDefinitionFamilies(null, "ALL", token, MAX_PAGE));
        String family = families.contains(wantedFamily) ? wantedFamily : families.isEmpty() ? null : families.get(0);
        List<Revision> revisions = new ArrayList<>();
        if (family != null) {
            for (String status : List.of("ACTIVE", "INACTIVE")) {
                for (String arn : all(token -> ecs.listTaskDefinitions(family, status, "DESC", token, MAX_PAGE))) {
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

    private static List<String> all(Function<String, Page<String>> pageAfter) {
        List<String> items = new ArrayList<>();
        String token = null;
        do {
            Page<String> page = pageAfter.apply(token);
            items.addAll(page.items());
            token = page.nextToken();
        } while (token != null);
        return items;
    }
}
