# The playground's images, built from this repository (docker-compose.yml uses it):
#   service     one Spring Boot service: --build-arg SERVICE=event-generator-service,
#               analytics-processor-service or dashboard-service
#   topic-setup the project's own topic set-up (scripts/create-topics.sh in a container)
# The build stage compiles every module the images need once, with the Maven wrapper; the
# images share its layers.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
ENV MAVEN_ARGS="--batch-mode --no-transfer-progress"
# Tests run in ./mvnw verify, not here; the formatter is checked there too. A fixed entry
# timestamp makes unchanged jars byte for byte the same, so their image layers stay cached.
ARG MAVEN_OPTIONS="-Dmaven.test.skip=true -Dspring-javaformat.skip=true -Dproject.build.outputTimestamp=2026-01-01T00:00:00Z"
ARG MODULES=local-kafka,event-generator-service,analytics-processor-service,dashboard-service
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY common-events/pom.xml common-events/
COPY local-kafka/pom.xml local-kafka/
COPY test-support/pom.xml test-support/
COPY event-generator-service/pom.xml event-generator-service/
COPY analytics-processor-service/pom.xml analytics-processor-service/
COPY benchmarks/pom.xml benchmarks/
COPY playground-tools/pom.xml playground-tools/
COPY dashboard-service/pom.xml dashboard-service/
COPY end-to-end-tests/pom.xml end-to-end-tests/
# Maven, the plugins and the dependencies, from the poms alone: a layer that stays cached
# until a pom changes (the modules have no sources yet, so nothing is repackaged).
RUN ./mvnw $MAVEN_OPTIONS -Dspring-boot.repackage.skip=true -pl "$MODULES" -am package
COPY common-events/src/main/ common-events/src/main/
COPY local-kafka/src/main/ local-kafka/src/main/
COPY test-support/src/main/ test-support/src/main/
COPY event-generator-service/src/main/ event-generator-service/src/main/
COPY analytics-processor-service/src/main/ analytics-processor-service/src/main/
COPY dashboard-service/src/main/ dashboard-service/src/main/
RUN ./mvnw $MAVEN_OPTIONS -pl "$MODULES" -am package \
 && for service in event-generator-service analytics-processor-service dashboard-service; do \
      java -Djarmode=tools -jar "$service/target/$service-exec.jar" extract --layers --launcher \
        --destination "/layers/$service" || exit 1; \
    done

FROM eclipse-temurin:17-jre AS runtime
RUN useradd --system --user-group --no-create-home --home-dir /app --shell /usr/sbin/nologin playground \
 && mkdir -p /app/state \
 && chown playground:playground /app/state
WORKDIR /app

FROM runtime AS topic-setup
COPY --from=build /workspace/local-kafka/target/lib/ lib/
COPY --from=build /workspace/local-kafka/target/local-kafka.jar lib/
USER playground
ENTRYPOINT ["java", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", "/app/lib/*", "dev.kafkaplayground.localkafka.TopicSetup"]

FROM runtime AS service
ARG SERVICE
# least to most often changed: a code change rebuilds only the last layer
COPY --from=build /layers/${SERVICE}/dependencies/ ./
COPY --from=build /layers/${SERVICE}/spring-boot-loader/ ./
COPY --from=build /layers/${SERVICE}/snapshot-dependencies/ ./
COPY --from=build /layers/${SERVICE}/application/ ./
USER playground
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
