#!/usr/bin/env bash
# The hands-on lab (issue 7) with the AWS CLI against `berth serve`: ECS cluster, task definition, service and a
# rolling update (min 50% / max 100%), an image pushed to ECR, EKS DemoEKS + DemoNodeGroup, App Runner DemoHTTP and
# target-tracking scaling for the service. Issue 7 names AWS CLI v2; these commands and waiters are the same in v1
# (it was checked with v1). Needs target/berth.jar (mvn -q -DskipTests package) and `aws` on the PATH.
# Usage: scripts/lab-with-aws-cli.sh [STATE_DIR]   (default: a new temporary directory, removed afterwards)
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=target/berth.jar
[[ -f $JAR ]] || { echo "no $JAR: run mvn -q -DskipTests package first" >&2; exit 1; }
STATE=${1:-$(mktemp -d)}
[[ $# -ge 1 ]] || REMOVE_STATE=$STATE
LOG=$(mktemp)

export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=""

java -jar "$JAR" serve --port 0 --state "$STATE" --speed 600 >"$LOG" 2>&1 &
SERVER=$!
cleanup() {
    kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
    rm -f "$LOG"
    [[ -z ${REMOVE_STATE:-} ]] || rm -rf "$REMOVE_STATE"
}
trap cleanup EXIT

# --port 0 takes a free port; the ready line names it.
for _ in $(seq 1 600); do
    grep -q "endpoint ready" "$LOG" && break
    kill -0 "$SERVER" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 0.1
done
URL=$(grep -o 'http://[0-9.]*:[0-9]*' "$LOG" | head -1)
[[ -n $URL ]] || { echo "berth serve did not say it was ready" >&2; cat "$LOG" >&2; exit 1; }
echo "== $(grep 'endpoint ready' "$LOG")"
aws() { command aws --endpoint-url "$URL" "$@"; }
step() { echo; echo "== $*"; }

SUBNETS="subnet-0a1b2c3d4e5f60718 subnet-0f9e8d7c6b5a40312"
CONTAINERS='[{"name":"nginxdemos-hello","image":"nginxdemos/hello:latest","essential":true,"portMappings":[{"containerPort":80}]}]'
register_nginx() {
    aws ecs register-task-definition --family nginxdemos-hello --network-mode awsvpc \
        --requires-compatibilities FARGATE --cpu 512 --memory 1024 --container-definitions "$CONTAINERS" \
        --query taskDefinition.taskDefinitionArn --output text
}

step "ECS: cluster DemoCluster, task definition nginxdemos-hello (Fargate 512/1024, port 80), service of 2 tasks"
aws ecs create-cluster --cluster-name DemoCluster --query cluster.clusterArn --output text
register_nginx
aws ecs create-service --cluster DemoCluster --service-name nginx-service --task-definition nginxdemos-hello \
    --desired-count 2 --launch-type FARGATE \
    --network-configuration "awsvpcConfiguration={subnets=[${SUBNETS// /,}],assignPublicIp=ENABLED}" \
    --query service.serviceArn --output text
aws ecs wait services-stable --cluster DemoCluster --services nginx-service
aws ecs describe-services --cluster DemoCluster --services nginx-service \
    --query 'services[0].{running:runningCount,desired:desiredCount,event:events[0].message}'

step "ECS: roll the service to a new revision with minimum 50% / maximum 100%"
REVISION=$(register_nginx)
echo "$REVISION"
aws ecs update-service --cluster DemoCluster --service nginx-service --task-definition "$REVISION" \
    --deployment-configuration minimumHealthyPercent=50,maximumPercent=100 --query service.serviceArn --output text
aws ecs wait services-stable --cluster DemoCluster --services nginx-service
ROLLOUT=$(aws ecs describe-services --cluster DemoCluster --services nginx-service \
    --query 'services[0].deployments[0].[taskDefinition,rolloutState]' --output text)
echo "$ROLLOUT"
[[ $ROLLOUT == "$REVISION"$'\t'COMPLETED ]] || { echo "the rolling update did not complete" >&2; exit 1; }

step "ECR: push an image (PutImage with a manifest) and describe it"
aws ecr create-repository --repository-name nginxdemos-hello --query repository.repositoryUri --output text
MANIFEST='{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":1469,"digest":"sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":3000000,"digest":"sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}]}'
aws ecr put-image --repository-name nginxdemos-hello --image-tag v1 --image-manifest "$MANIFEST" \
    --query image.imageId.imageDigest --output text
aws ecr describe-images --repository-name nginxdemos-hello \
    --query 'imageDetails[0].{tags:imageTags,digest:imageDigest,bytes:imageSizeInBytes}'

step "EKS: DemoEKS and DemoNodeGroup (t3.medium) until ACTIVE"
aws eks create-cluster --name DemoEKS --role-arn arn:aws:iam::123456789012:role/eksClusterRole \
    --resources-vpc-config "subnetIds=${SUBNETS// /,}" --query cluster.status --output text
aws eks wait cluster-active --name DemoEKS
aws eks create-nodegroup --cluster-name DemoEKS --nodegroup-name DemoNodeGroup \
    --node-role arn:aws:iam::123456789012:role/AmazonEKSNodeRole --instance-types t3.medium \
    --subnets $SUBNETS --scaling-config minSize=1,maxSize=3,desiredSize=2 --query nodegroup.status --output text
aws eks wait nodegroup-active --cluster-name DemoEKS --nodegroup-name DemoNodeGroup
aws eks describe-nodegroup --cluster-name DemoEKS --nodegroup-name DemoNodeGroup \
    --query 'nodegroup.{status:status,instanceTypes:instanceTypes,scaling:scalingConfig}'

step "App Runner: DemoHTTP (1 vCPU, 2 GB, port 80) until RUNNING"
SERVICE_ARN=$(aws apprunner create-service --service-name DemoHTTP \
    --source-configuration '{"AutoDeploymentsEnabled":false,"ImageRepository":{"ImageIdentifier":"public.ecr.aws/nginx/nginx:latest","ImageRepositoryType":"ECR_PUBLIC","ImageConfiguration":{"Port":"80"}}}' \
    --instance-configuration 'Cpu=1 vCPU,Memory=2 GB' --query Service.ServiceArn --output text)
echo "$SERVICE_ARN"
# The CLI has no App Runner waiter: poll, as the console does.
for _ in $(seq 1 120); do
    STATUS=$(aws apprunner describe-service --service-arn "$SERVICE_ARN" --query Service.Status --output text)
    [[ $STATUS != OPERATION_IN_PROGRESS ]] && break
    sleep 1
done
echo "$STATUS"
[[ $STATUS == RUNNING ]] || { echo "DemoHTTP is $STATUS, not RUNNING" >&2; exit 1; }

step "Application Auto Scaling: scalable target and a target-tracking policy for the service"
aws application-autoscaling register-scalable-target --service-namespace ecs \
    --scalable-dimension ecs:service:DesiredCount --resource-id service/DemoCluster/nginx-service \
    --min-capacity 2 --max-capacity 4 >/dev/null
aws application-autoscaling put-scaling-policy --policy-name cpu50 --service-namespace ecs \
    --scalable-dimension ecs:service:DesiredCount --resource-id service/DemoCluster/nginx-service \
    --policy-type TargetTrackingScaling \
    --target-tracking-scaling-policy-configuration \
    '{"TargetValue":50.0,"PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageCPUUtilization"}}' \
    --query PolicyARN --output text
aws application-autoscaling describe-scaling-policies --service-namespace ecs \
    --resource-id service/DemoCluster/nginx-service --query 'ScalingPolicies[].[PolicyName,PolicyType]' --output text

step "Mistakes come back as AWS errors"
if aws ecs describe-services --cluster NoSuchCluster --services nginx-service 2>&1; then
    echo "a missing cluster was not refused" >&2; exit 1
fi

echo
echo "== The lab ran through the AWS CLI against $URL"
