package dev.berth.core.ecr;

import dev.berth.core.model.ImageDetail;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One rule of an ECR lifecycle policy (*Lifecycle policy properties in Amazon ECR*): which images it looks at
 * ({@code tagStatus} tagged, untagged or any, narrowed by {@code tagPrefixList} or {@code tagPatternList}) and which
 * of those it expires ({@code imageCountMoreThan} keeps the newest {@code countNumber}; {@code sinceImagePushed}
 * expires those pushed more than {@code countNumber} days ago).
 */
public record LifecycleRule(
        int rulePriority,
        String description,
        String tagStatus,
        List<String> tagPrefixList,
        List<String> tagPatternList,
        String countType,
        String countUnit,
        int countNumber) {
    public static final String TAGGED = "tagged";
    public static final String UNTAGGED = "untagged";
    public static final String ANY = "any";
    public static final String IMAGE_COUNT_MORE_THAN = "imageCountMoreThan";
    public static final String SINCE_IMAGE_PUSHED = "sinceImagePushed";

    public LifecycleRule {
        tagPrefixList = tagPrefixList == null ? List.of() : List.copyOf(tagPrefixList);
        tagPatternList = tagPatternList == null ? List.of() : List.copyOf(tagPatternList);
    }

    /**
     * Whether the image meets the rule's tagging requirements. A tagged rule needs every prefix (or pattern) of its
     * list to match at least one of the image's tags.
     */
    public boolean selects(ImageDetail image) {
        List<String> tags = image.imageTags();
        return switch (tagStatus) {
            case UNTAGGED -> tags.isEmpty();
            case ANY -> true;
            default -> !tags.isEmpty()
                    && tagPrefixList.stream().allMatch(prefix -> tags.stream().anyMatch(t -> t.startsWith(prefix)))
                    && tagPatternList.stream().allMatch(pattern -> tags.stream().anyMatch(t -> wildcard(pattern)
                    .matcher(t).matches()));
        };
    }

    /** Of the images this rule selects, those its count expires, oldest first. */
    List<ImageDetail> expiring(List<ImageDetail> selected, Instant now) {
        List<ImageDetail> oldestFirst = selected.stream().sorted(LifecyclePolicyRules.OLDEST_FIRST).toList();
        if (IMAGE_COUNT_MORE_THAN.equals(countType)) {
            return oldestFirst.subList(0, Math.max(0, oldestFirst.size() - countNumber));
        }
        Instant cutoff = now.minus(Duration.ofDays(countNumber));
        return oldestFirst.stream().filter(image -> image.imagePushedAt().isBefore(cutoff)).toList();
    }

    private static Pattern wildcard(String pattern) {
        return Pattern.compile(Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")));
    }
}
