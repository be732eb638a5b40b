package dev.berth.core.ecr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.LifecyclePolicyPreviewResult;
import dev.berth.core.model.LifecyclePolicyRuleAction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An ECR lifecycle policy, parsed and checked as ECR checks it on PutLifecyclePolicy, and evaluated as ECR evaluates
 * it (*Lifecycle policy properties in Amazon ECR*, AWS-BEHAVIOUR.md §3). The simulator expires images with it and
 * the Images view previews with it, so both agree.
 */
public record LifecyclePolicyRules(List<LifecycleRule> rules) {
    public static final int MIN_TEXT_LENGTH = 100;
    public static final int MAX_TEXT_LENGTH = 30720;
    private static final int MAX_WILDCARDS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Oldest push first; the digest breaks ties so the order never depends on the caller's list. */
    static final Comparator<ImageDetail> OLDEST_FIRST = Comparator.comparing(ImageDetail::imagePushedAt)
            .thenComparing(ImageDetail::imageDigest);

    public LifecyclePolicyRules {
        rules = rules.stream().sorted(Comparator.comparingInt(LifecycleRule::rulePriority)).toList();
    }

    /** Parses and validates; throws {@link InvalidLifecyclePolicyException} saying what is wrong. */
    public static LifecyclePolicyRules parse(String text) {
        if (text == null || text.length() < MIN_TEXT_LENGTH || text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidLifecyclePolicyException("the policy text must be " + MIN_TEXT_LENGTH + " to "
                    + MAX_TEXT_LENGTH + " characters long (it is " + (text == null ? 0 : text.length()) + ")");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidLifecyclePolicyException("the policy is not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode rulesNode = root == null ? null : root.get("rules");
        if (rulesNode == null || !rulesNode.isArray() || rulesNode.isEmpty()) {
            throw new InvalidLifecyclePolicyException("the policy needs a non-empty \"rules\" array");
        }
        List<LifecycleRule> rules = new ArrayList<>();
        for (JsonNode node : rulesNode) {
            rules.add(rule(node));
        }
        check(rules);
        return new LifecyclePolicyRules(rules);
    }

    private static LifecycleRule rule(JsonNode node) {
        JsonNode priority = node.get("rulePriority");
        if (priority == null || !priority.canConvertToInt() || !priority.isIntegralNumber() || priority.asInt() < 1) {
            throw new InvalidLifecyclePolicyException("every rule needs a \"rulePriority\" that is a whole number "
                    + "from 1");
        }
        int rulePriority = priority.asInt();
        JsonNode selection = node.path("selection");
        String tagStatus = selection.path("tagStatus").asText("").toLowerCase(Locale.ROOT);
        List<String> prefixes = strings(selection.get("tagPrefixList"));
        List<String> patterns = strings(selection.get("tagPatternList"));
        String countType = selection.path("countType").asText("");
        String countUnit = selection.hasNonNull("countUnit") ? selection.get("countUnit").asText() : null;
        JsonNode countNumber = selection.get("countNumber");
        String rule = "rule " + rulePriority + ": ";
        switch (tagStatus) {
            case LifecycleRule.TAGGED -> {
                if (prefixes.isEmpty() == patterns.isEmpty()) {
                    throw new InvalidLifecyclePolicyException(rule + "a tagged rule needs tagPrefixList or "
                            + "tagPatternList (one of them, not both)");
                }
                if (patterns.stream().anyMatch(p -> p.chars().filter(c -> c == '*').count() > MAX_WILDCARDS)) {
                    throw new InvalidLifecyclePolicyException(rule + "a tag pattern may hold at most "
                            + MAX_WILDCARDS + " wildcards");
                }
            }
            case LifecycleRule.UNTAGGED, LifecycleRule.ANY -> {
                if (!prefixes.isEmpty() || !patterns.isEmpty()) {
                    throw new InvalidLifecyclePolicyException(rule + "tagPrefixList and tagPatternList are only "
                            + "allowed when tagStatus is tagged");
                }
            }
            default -> throw new InvalidLifecyclePolicyException(rule + "tagStatus must be tagged, untagged or any");
        }
        if (countNumber == null || !countNumber.isIntegralNumber() || countNumber.asInt() < 1) {
            throw new InvalidLifecyclePolicyException(rule + "countNumber must be a whole number from 1");
        }
        switch (countType) {
            case LifecycleRule.IMAGE_COUNT_MORE_THAN -> {
                if (countUnit != null) {
                    throw new InvalidLifecyclePolicyException(rule + "countUnit is not allowed with "
                            + "imageCountMoreThan");
                }
            }
            case LifecycleRule.SINCE_IMAGE_PUSHED -> {
                if (!"days".equals(countUnit)) {
                    throw new InvalidLifecyclePolicyException(rule + "sinceImagePushed needs countUnit \"days\"");
                }
            }
            default -> throw new InvalidLifecyclePolicyException(rule + "countType must be imageCountMoreThan or "
                    + "sinceImagePushed");
        }
        if (!"expire".equals(node.path("action").path("type").asText(""))) {
            throw new InvalidLifecyclePolicyException(rule + "action.type must be expire");
        }
        return new LifecycleRule(rulePriority, node.path("description").asText(null), tagStatus, prefixes, patterns,
                countType, countUnit, countNumber.asInt());
    }

    private static void check(List<LifecycleRule> rules) {
        Set<Integer> priorities = new HashSet<>();
        int highest = 0;
        for (LifecycleRule rule : rules) {
            if (!priorities.add(rule.rulePriority())) {
                throw new InvalidLifecyclePolicyException("rulePriority " + rule.rulePriority()
                        + " is used by more than one rule");
            }
            highest = Math.max(highest, rule.rulePriority());
        }
        if (rules.stream().filter(r -> r.tagStatus().equals(LifecycleRule.UNTAGGED)).count() > 1) {
            throw new InvalidLifecyclePolicyException("only one rule may select untagged images");
        }
        int last = highest;
        if (rules.stream().anyMatch(r -> r.tagStatus().equals(LifecycleRule.ANY) && r.rulePriority() != last)) {
            throw new InvalidLifecyclePolicyException("a rule with tagStatus any must have the highest rulePriority");
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> values.add(item.asText()));
        }
        return values;
    }

    /**
     * The images this policy expires at {@code now}, by rule priority and then oldest first. Rules run in ascending
     * priority; each image is expired by at most one rule; an image that met the tagging requirements of an earlier
     * rule is never expired by a later one, though it still counts towards a later rule's image count.
     */
    public List<LifecyclePolicyPreviewResult> expire(List<ImageDetail> images, Instant now) {
        Map<String, LifecyclePolicyPreviewResult> expired = new LinkedHashMap<>();
        Set<String> claimed = new HashSet<>();
        for (LifecycleRule rule : rules) {
            List<ImageDetail> selected = images.stream().filter(rule::selects).toList();
            for (ImageDetail image : rule.expiring(selected, now)) {
                if (!claimed.contains(image.imageDigest())) {
                    expired.put(image.imageDigest(), new LifecyclePolicyPreviewResult(image.imageTags(),
                            image.imageDigest(), image.imagePushedAt(), LifecyclePolicyRuleAction.EXPIRE,
                            rule.rulePriority()));
                }
            }
            selected.forEach(image -> claimed.add(image.imageDigest()));
        }
        return List.copyOf(expired.values());
    }
}
