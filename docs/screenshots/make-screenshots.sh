#!/usr/bin/env bash
# Rebuilds the README's screenshots: a demo world mid-way through a rolling update, with its demo-app repository
# scanned and used by a task definition, and its EKS node group scaled to 3, pictured by --snapshot; then the
# rollout timeline, live and in replay.
# Needs: the packaged jar (mvn -q -DskipTests package), xvfb-run, Maven and the AWS CLI.
set -euo pipefail
cd "$(dirname "$0")/../.."
home="$(mktemp -d)"
export BERTH_HOME="$home"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
port=45991
snap() { xvfb-run -a -s "-screen 0 1600x1000x24" java -jar target/berth.jar --snapshot "$1" >/dev/null 2>&1; }
ecs() { aws --endpoint-url "http://127.0.0.1:$port" ecs "$@" >/dev/null; }
eks() { aws --endpoint-url "http://127.0.0.1:$port" eks "$@" >/dev/null; }

snap "$home/first"   # creates the demo world
java -jar target/berth.jar serve --port "$port" --state "$home/worlds/demo" --speed 60 >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$home"' EXIT
sleep 4
ecs update-service --cluster DemoCluster --service nginxdemos-hello --desired-count 4
sleep 4
ecs register-task-definition --family nginxdemos-hello --network-mode awsvpc --requires-compatibilities FARGATE \
    --cpu 512 --memory 1024 \
    --container-definitions '[{"name":"nginxdemos-hello","image":"nginxdemos/hello:0.4","essential":true,"portMappings":[{"containerPort":80,"protocol":"tcp"}]}]'
ecs update-service --cluster DemoCluster --service nginxdemos-hello --task-definition nginxdemos-hello:2 \
    --deployment-configuration 'minimumHealthyPercent=50,maximumPercent=100'
# a task definition that runs the demo repository's image, so the Images area shows who uses it
ecs register-task-definition --family demo-app --network-mode awsvpc --requires-compatibilities FARGATE \
    --cpu 256 --memory 512 --execution-role-arn arn:aws:iam::123456789012:role/ecsTaskExecutionRole \
    --container-definitions '[{"name":"demo-app","image":"123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-app:1.1","essential":true}]'
eks update-nodegroup-config --cluster-name DemoEKS --nodegroup-name DemoNodeGroup \
    --scaling-config minSize=2,maxSize=4,desiredSize=3
sleep 1
kill $server; wait $server 2>/dev/null || true
snap "$home/shots"
cp "$home/shots/"*.png docs/screenshots/
# The timeline pictures come from the main window recording a rollout and a failed one (see TimelineScreenshots).
xvfb-run -a -s "-screen 0 1600x1000x24" mvn -q -Pbench -Dbench=TimelineScreenshots -Dexec.args=docs/screenshots \
    test-compile exec:java
echo "wrote docs/screenshots/*.png"
