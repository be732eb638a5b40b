package dev.berth.core.ecr;

import java.util.regex.Pattern;

/** ECR's rule for repository names (model: 2–256 characters of lower-case parts joined by . _ __ - and /). */
public final class RepositoryNames {
    public static final Pattern PATTERN = Pattern.compile(
            "[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*");
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 256;
    private static final Pattern PRIVATE_IMAGE = Pattern.compile("^\\d{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/.+");

    private RepositoryNames() {
    }

    /** An image in a private ECR registry: {@code <account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag]}. */
    public static boolean isPrivateImage(String image) {
        return image != null && PRIVATE_IMAGE.matcher(image).matches();
    }

    public static boolean isValid(String name) {
        return name != null && name.length() >= MIN_LENGTH && name.length() <= MAX_LENGTH
                && PATTERN.matcher(name).matches();
    }
}
