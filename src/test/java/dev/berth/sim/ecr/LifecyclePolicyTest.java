package dev.berth.sim.ecr;

import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.LifecyclePolicyPreview;
import dev.berth.core.model.LifecyclePolicyPreviewResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lifecycle policy of four rules on seven images, with the result worked out by hand from AWS's documented rule
 * semantics (*Lifecycle policy properties in Amazon ECR*, *Examples of lifecycle policies*): rules run in ascending
 * rulePriority; an image is expired by at most one rule; an image that matches the tagging requirements of a higher
 * priority rule cannot be expired by a lower priority rule (though it still counts); a tagged rule with a prefix list
 * matches an image when every prefix matches one of its tags; older images are expired first.
 */
class LifecyclePolicyTest {
    private static final String POLICY = """
            {"rules":[
              {"rulePriority":1,"selection":{"tagStatus":"tagged","tagPrefixList":["prod"],
                "countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}},
              {"rulePriority":2,"selection":{"tagStatus":"tagged","tagPrefixList":["beta"],
                "countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}},
              {"rulePriority":3,"selection":{"tagStatus":"untagged",
                "countType":"sinceImagePushed","countUnit":"days","countNumber":2},"action":{"type":"expire"}},
              {"rulePriority":4,"selection":{"tagStatus":"any",
                "countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}
            ]}""";

    private final EcrFixture fixture = new EcrFixture();
    /** Image name in this test → digest. */
    private final Map<String, String> digests = new LinkedHashMap<>();

    /**
     * One image a day from day 0: A [beta-1, prod-1], B [beta-2, prod-2], C [beta-3], U1 and U2 untagged, D [dev-1],
     * E [dev-2]; the policy is evaluated on day 7.
     */
    @BeforeEach
    void sevenImagesPushedADayApart() {
        fixture.ecr.createRepository(CreateRepositoryRequest.named("app"));
        push("A", "beta-1", "prod-1");
        push("B", "beta-2", "prod-2");
        push("C", "beta-3");
        push("U1");
        push("U2");
        push("D", "dev-1");
        push("E", "dev-2");
    }

    /**
     * By hand, on day 7 (images sorted by push: A0 B1 C2 U1:3 U2:4 D5 E6):
     * <ol>
     *   <li>Rule 1 (prod, more than 1) selects A and B, keeps the newest (B) and expires A. A and B are now taken.</li>
     *   <li>Rule 2 (beta, more than 1) selects A, B and C, keeps C and would expire A and B; A is already expired and
     *       B met rule 1's tagging requirements, so rule 2 expires nothing. C is now taken.</li>
     *   <li>Rule 3 (untagged, pushed more than 2 days ago) selects U1 (4 days) and U2 (3 days) and expires
     *       both.</li>
     *   <li>Rule 4 (any, more than 1) selects all seven, keeps E and would expire the other six; all but D were taken
     *       by rules 1 to 3, so it expires D.</li>
     * </ol>
     * Expired: A by 1, U1 and U2 by 3, D by 4. Kept: B, C, E.
     */
    @Test
    void thePolicyExpiresWhatAwsRulesSay() {
        fixture.ecr.putLifecyclePolicy("app", POLICY);
        fixture.ecr.startLifecyclePolicyPreview("app", null);
        fixture.world.advance(EcrWorld.PREVIEW_TIME);

        LifecyclePolicyPreview preview = fixture.ecr.getLifecyclePolicyPreview("app", null, null);

        assertThat(preview.status()).isEqualTo("COMPLETE");
        assertThat(preview.previewResults()).extracting(r -> name(r.imageDigest()) + " by " + r.appliedRulePriority())
                .containsExactly("A by 1", "U1 by 3", "U2 by 3", "D by 4");
        assertThat(preview.previewResults()).allSatisfy(r -> assertThat(r.action().type()).isEqualTo("EXPIRE"));
        assertThat(preview.summary().expiringImageTotalCount()).isEqualTo(4);
    }

    @Test
    void thePreviewIsWhatTheNextLifecyclePassExpires() {
        fixture.ecr.putLifecyclePolicy("app", POLICY);
        assertThat(fixture.ecr.startLifecyclePolicyPreview("app", null).status()).isEqualTo("IN_PROGRESS");
        assertThat(fixture.ecr.getLifecyclePolicyPreview("app", null, null).status()).isEqualTo("IN_PROGRESS");
        fixture.world.advance(EcrWorld.PREVIEW_TIME);
        List<String> previewed = fixture.ecr.getLifecyclePolicyPreview("app", null, null).previewResults().stream()
                .map(LifecyclePolicyPreviewResult::imageDigest).toList();
        List<String> before = fixture.images("app").stream().map(ImageDetail::imageDigest).toList();
        assertThat(fixture.ecr.getLifecyclePolicy("app").lastEvaluatedAt()).isNull();

        fixture.world.advance(EcrWorld.LIFECYCLE_PASS);

        List<String> after = fixture.images("app").stream().map(ImageDetail::imageDigest).toList();
        assertThat(before).containsAll(previewed);
        assertThat(before.stream().filter(d -> !after.contains(d)).toList())
                .containsExactlyInAnyOrderElementsOf(previewed);
        assertThat(fixture.ecr.getLifecyclePolicy("app").lastEvaluatedAt()).isNotNull();
    }

    private void push(String name, String... tags) {
        String build = "build-" + name;
        if (tags.length == 0) {
            digests.put(name, fixture.push("app", build, null).imageId().imageDigest());
        }
        for (String tag : tags) {
            digests.put(name, fixture.push("app", build, tag).imageId().imageDigest());
        }
        fixture.world.advance(Duration.ofDays(1));
    }

    private String name(String digest) {
        return digests.entrySet().stream().filter(e -> e.getValue().equals(digest)).map(Map.Entry::getKey)
                .findFirst().orElse(digest);
    }
}
