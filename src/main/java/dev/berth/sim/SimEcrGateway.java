package dev.berth.sim;

import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.model.AuthorizationData;
import dev.berth.core.model.BatchDeleteImageResult;
import dev.berth.core.model.BatchGetImageResult;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.DescribeImageScanFindingsResult;
import dev.berth.core.model.Image;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.LifecyclePolicy;
import dev.berth.core.model.LifecyclePolicyPreview;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.Repository;
import dev.berth.core.model.StartImageScanResult;
import dev.berth.sim.ecr.BatchDeleteImageCommand;
import dev.berth.sim.ecr.CreateRepositoryCommand;
import dev.berth.sim.ecr.DeleteLifecyclePolicyCommand;
import dev.berth.sim.ecr.DeleteRepositoryCommand;
import dev.berth.sim.ecr.PutImageCommand;
import dev.berth.sim.ecr.PutImageScanningConfigurationCommand;
import dev.berth.sim.ecr.PutImageTagMutabilityCommand;
import dev.berth.sim.ecr.PutLifecyclePolicyCommand;
import dev.berth.sim.ecr.StartImageScanCommand;
import dev.berth.sim.ecr.StartLifecyclePolicyPreviewCommand;

import java.util.List;

/** The simulator behind {@link EcrGateway}: changes become journaled commands, reads look at the world directly. */
final class SimEcrGateway implements EcrGateway {
    private final Simulator simulator;

    SimEcrGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Repository createRepository(CreateRepositoryRequest request) {
        return simulator.execute(new CreateRepositoryCommand(request));
    }

    @Override
    public Repository deleteRepository(String repositoryName, boolean force) {
        return simulator.execute(new DeleteRepositoryCommand(repositoryName, force));
    }

    @Override
    public Page<Repository> describeRepositories(List<String> repositoryNames, String nextToken, Integer maxResults) {
        return simulator.readEcr(ecr -> ecr.describeRepositories(repositoryNames, nextToken, maxResults));
    }

    @Override
    public Image putImage(PutImageRequest request) {
        return simulator.execute(new PutImageCommand(request));
    }

    @Override
    public BatchGetImageResult batchGetImage(String repositoryName, List<ImageIdentifier> imageIds) {
        return simulator.readEcr(ecr -> ecr.batchGetImage(repositoryName, imageIds));
    }

    @Override
    public BatchDeleteImageResult batchDeleteImage(String repositoryName, List<ImageIdentifier> imageIds) {
        return simulator.execute(new BatchDeleteImageCommand(repositoryName, imageIds));
    }

    @Override
    public Page<ImageDetail> describeImages(String repositoryName, List<ImageIdentifier> imageIds, String tagStatus,
                                            String nextToken, Integer maxResults) {
        return simulator.readEcr(ecr -> ecr.describeImages(repositoryName, imageIds, tagStatus, nextToken,
                maxResults));
    }

    @Override
    public Page<ImageIdentifier> listImages(String repositoryName, String tagStatus, String nextToken,
                                            Integer maxResults) {
        return simulator.readEcr(ecr -> ecr.listImages(repositoryName, tagStatus, nextToken, maxResults));
    }

    @Override
    public Repository putImageTagMutability(String repositoryName, String imageTagMutability) {
        return simulator.execute(new PutImageTagMutabilityCommand(repositoryName, imageTagMutability));
    }

    @Override
    public Repository putImageScanningConfiguration(String repositoryName, boolean scanOnPush) {
        return simulator.execute(new PutImageScanningConfigurationCommand(repositoryName, scanOnPush));
    }

    @Override
    public StartImageScanResult startImageScan(String repositoryName, ImageIdentifier imageId) {
        return simulator.execute(new StartImageScanCommand(repositoryName, imageId));
    }

    @Override
    public DescribeImageScanFindingsResult describeImageScanFindings(String repositoryName, ImageIdentifier imageId,
                                                                     String nextToken, Integer maxResults) {
        return simulator.readEcr(ecr -> ecr.describeImageScanFindings(repositoryName, imageId, nextToken,
                maxResults));
    }

    @Override
    public LifecyclePolicy putLifecyclePolicy(String repositoryName, String lifecyclePolicyText) {
        return simulator.execute(new PutLifecyclePolicyCommand(repositoryName, lifecyclePolicyText));
    }

    @Override
    public LifecyclePolicy getLifecyclePolicy(String repositoryName) {
        return simulator.readEcr(ecr -> ecr.getLifecyclePolicy(repositoryName));
    }

    @Override
    public LifecyclePolicy deleteLifecyclePolicy(String repositoryName) {
        return simulator.execute(new DeleteLifecyclePolicyCommand(repositoryName));
    }

    @Override
    public LifecyclePolicyPreview startLifecyclePolicyPreview(String repositoryName, String lifecyclePolicyText) {
        return simulator.execute(new StartLifecyclePolicyPreviewCommand(repositoryName, lifecyclePolicyText));
    }

    @Override
    public LifecyclePolicyPreview getLifecyclePolicyPreview(String repositoryName, String nextToken,
                                                            Integer maxResults) {
        return simulator.readEcr(ecr -> ecr.getLifecyclePolicyPreview(repositoryName, nextToken, maxResults));
    }

    @Override
    public AuthorizationData getAuthorizationToken() {
        return simulator.readEcr(ecr -> ecr.getAuthorizationToken());
    }
}
