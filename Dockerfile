# Sojourn as a container: built from source, run on a JRE. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 sojourn
COPY --from=build /src/target/sojourn-*.jar /app/sojourn.jar
USER sojourn
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/sojourn.jar"]
